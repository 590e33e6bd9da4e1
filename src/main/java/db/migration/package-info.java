/**
 * Flyway migrations written in Java, beside the SQL ones in {@code
 * src/main/resources/db/migration}: where a data change must be computed the same way on PostgreSQL
 * and H2.
 */
package db.migration;
