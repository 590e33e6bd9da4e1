/**
 * What every capability stands on: Vietnam time ({@link vn.gov.thads.bcd.platform.VietnamTime}),
 * the application clock that follows the engine's, the deployment of the models, engine plugins
 * shared by all tasks, the history of variables copied from the application's record ({@link
 * vn.gov.thads.bcd.platform.CopiedVariables}), maintained counts written at commit ({@link
 * vn.gov.thads.bcd.platform.CommitTimeTally}, {@link vn.gov.thads.bcd.platform.TallyRows}), engine
 * metrics, indexes that Camunda's schema lacks at this scale ({@link
 * vn.gov.thads.bcd.platform.CamundaTableIndexes}), authorization checks without a read of every
 * authorized group ({@link vn.gov.thads.bcd.platform.AuthorizationGroups}), a task query whose
 * authorization check grows with the open tasks, not their square ({@link
 * vn.gov.thads.bcd.platform.TaskVisibility}), and the checks of the production settings at
 * start-up.
 */
package vn.gov.thads.bcd.platform;
