/**
 * The province's organisation as configuration: agencies, people, roles and e-mail addresses read
 * from the organisation file and imported into the engine's users, groups and authorizations.
 */
package vn.gov.thads.bcd.organisation;
