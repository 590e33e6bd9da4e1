/**
 * Publishing conclusion notices and case status changes to the province's systems over Camunda
 * Connect ({@code PublishToProvinceProcess}, table {@code bcd_publication}).
 */
package vn.gov.thads.bcd.publication;
