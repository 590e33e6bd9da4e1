package vn.gov.thads.bcd.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The committee's supervision views in Cockpit: the case register, the case page, the overdue page
 * and the committee's report (reached from the Cockpit header), the overdue summary on the
 * dashboard and the case tabs (directives, reminders, operation log). Found by Cockpit through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its assets are served
 * from {@code plugin-webapp/bcd-supervision/app/}.
 */
public class SupervisionPlugin extends AbstractCockpitPlugin {

  public static final String ID = "bcd-supervision";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    // The mapper answers the resources' refusals; Cockpit's JAX-RS application registers providers
    // from here too.
    return Set.of(SupervisionRootResource.class, SupervisionRefusalMapper.class);
  }
}
