/**
 * Several nodes on one database: HTTP sessions in the database, the CSRF token across a login, the
 * engine's node identity and the start-up lock.
 */
package vn.gov.thads.bcd.cluster;
