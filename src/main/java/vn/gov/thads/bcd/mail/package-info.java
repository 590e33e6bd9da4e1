/**
 * The demo mail sink: a real SMTP server embedded in the demo run and a page that lists what it
 * received.
 */
package vn.gov.thads.bcd.mail;
