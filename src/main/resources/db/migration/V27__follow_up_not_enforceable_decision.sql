-- The formal decision that the debtor cannot pay yet (quyết định về việc chưa có điều kiện thi hành án, Law on
-- Civil Judgment Enforcement, Art. 44a) and, under the 2025 Law (from 01/07/2026), the notice returning the request to
-- the creditor: their number goes into document_no, their date here. applicable_law: the law the not-enforceable
-- outcome followed (law-2008: re-verification and separate book; law-2025: request returned), decided by the
-- decision's date. Kind RETURN_TO_CREDITOR joins REPORT, REVERIFICATION, SEPARATE_BOOK, FINAL_REPORT.
-- Portable between PostgreSQL and H2.
alter table bcd_follow_up_entry add column document_date date;
alter table bcd_follow_up_entry add column applicable_law varchar(20);
