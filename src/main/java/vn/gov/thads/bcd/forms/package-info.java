/**
 * Reading what users submit: {@link vn.gov.thads.bcd.forms.FormReader}, the one reader of submitted
 * forms and REST bodies, its choices and JSON lists, and the refusal every check throws ({@link
 * vn.gov.thads.bcd.forms.InvalidCaseDataException}).
 */
package vn.gov.thads.bcd.forms;
