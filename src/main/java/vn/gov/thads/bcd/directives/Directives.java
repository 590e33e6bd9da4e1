package vn.gov.thads.bcd.directives;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.thads.bcd.variables.CaseVariables;

/** The directive a DirectiveExecutionProcess instance is about. */
final class Directives {

  private Directives() {}

  static long id(VariableScope scope) {
    Object value = scope.getVariable(CaseVariables.DIRECTIVE_ID);
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
  }
}
