/**
 * What every capability stands on: Vietnam time ({@link vn.gov.thads.bcd.platform.VietnamTime}),
 * the application clock that follows the engine's, the deployment of the models, engine plugins
 * shared by all tasks, engine metrics, and the checks of the production settings at start-up.
 */
package vn.gov.thads.bcd.platform;
