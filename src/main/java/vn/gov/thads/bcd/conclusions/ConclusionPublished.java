package vn.gov.thads.bcd.conclusions;

/**
 * The chair's conclusion notice was recorded as published. Published synchronously, inside the
 * transaction of the publishing step, so that sending it on to the province's systems is decided
 * with it (and rolled back with it).
 */
public record ConclusionPublished(long conclusionId) {}
