/**
 * The BCĐ THADS workflow application: a Camunda Platform 7 engine on Spring Boot that carries each
 * difficult enforcement case from the request for the committee's opinion to its closure. Each
 * subpackage is one capability and owns its tables, listeners and delegates.
 */
package vn.gov.thads.bcd;
