package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
    // The report page, imported by plugin.js.
    allowedAssets.add("app/report-view.js");
  }

  /**
   * Chart.js (webjar {@code org.webjars.npm:chart.js}, its UMD bundle), served with the plugin's
   * assets for the report page; found by pattern so that the pom alone names its version.
   */
  @GET
  @Path("static/lib/chart.umd.js")
  public Response chartJs() throws IOException {
    Resource[] found =
        new PathMatchingResourcePatternResolver(getClass().getClassLoader())
            .getResources("classpath*:META-INF/resources/webjars/chart.js/*/dist/chart.umd.js");
    if (found.length == 0) {
      throw new NotFoundException();
    }
    Resource chart = found[0];
    StreamingOutput body =
        out -> {
          try (InputStream in = chart.getInputStream()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, MIME_TYPE_TEXT_JAVASCRIPT)
        .header("Cache-Control", "public, max-age=86400")
        .build();
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
