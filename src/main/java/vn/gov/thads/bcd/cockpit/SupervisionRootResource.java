package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/bcd-supervision/...}: static assets, and the data per engine.
 */
@Path("plugin/" + SupervisionPlugin.ID)
public class SupervisionRootResource extends AbstractCockpitPluginRootResource {

  public SupervisionRootResource() {
    super(SupervisionPlugin.ID);
    // The register and case page, imported by plugin.js and by Tasklist's officers' case list.
    allowedAssets.add("app/case-views.js");
  }

  @Path("{engineName}")
  public SupervisionResource engine(@PathParam("engineName") String engineName) {
    // Cockpit creates its resources outside Spring: the application's beans come from the web
    // application context.
    ApplicationContext context =
        WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    return subResource(new SupervisionResource(engineName, context), engineName);
  }
}
