package vn.gov.thads.bcd.organisation;

/**
 * The bodies an enforcement office works with (since 07/2025 each regional office has its own
 * regional court and procuracy): ids of agencies of kind court, procuracy and police. Coercion and
 * dispute tasks of the office's cases go to them.
 */
public record Jurisdiction(String court, String procuracy, String police) {}
