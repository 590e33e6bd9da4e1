/**
 * The edges of the REST APIs: request size limits, variables only the engine may set, and errors
 * mapped to Vietnamese JSON.
 */
package vn.gov.thads.bcd.restapi;
