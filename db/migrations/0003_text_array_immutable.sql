-- array_to_string is only STABLE, and a generated column needs an IMMUTABLE expression; for text[]
-- the result never depends on settings, so this wrapper is safe to mark IMMUTABLE.
CREATE OR REPLACE FUNCTION landed_text_array(arr text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(arr, ' '), '') $$;
