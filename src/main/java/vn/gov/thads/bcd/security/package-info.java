/**
 * Who may do what: the authorization policy, read grants on a case, who is acting, engine work done
 * on the application's behalf, and the security headers.
 */
package vn.gov.thads.bcd.security;
