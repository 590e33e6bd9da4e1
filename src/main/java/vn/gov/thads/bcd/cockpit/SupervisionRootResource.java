package vn.gov.thads.bcd.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/bcd-supervision/...}: static assets, and the data per engine. */
@Path("plugin/" + SupervisionPlugin.ID)
public class SupervisionRootResource extends AbstractCockpitPluginRootResource {

  public SupervisionRootResource() {
    super(SupervisionPlugin.ID);
  }

  @Path("{engineName}")
  public SupervisionResource engine(@PathParam("engineName") String engineName) {
    return subResource(new SupervisionResource(engineName), engineName);
  }
}
