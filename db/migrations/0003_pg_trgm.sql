-- Trigram indexes for the admin searches (customers, the e-mail log's recipient). pg_trgm is a
-- trusted extension: the database's owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
