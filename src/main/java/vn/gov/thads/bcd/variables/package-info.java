/**
 * The names of the process variables and process keys, the one place where the models' expressions
 * and the Java code agree on them.
 */
package vn.gov.thads.bcd.variables;
