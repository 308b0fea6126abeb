-- Refresh tokens: only the SHA-256 of the opaque token is stored. A family is one login; every
-- rotation adds a row to it. rotated_at marks a token that was exchanged (presenting it again is reuse).
CREATE TABLE refresh_token (
	token_hash  bytea PRIMARY KEY,
	family_id   uuid        NOT NULL,
	user_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
	issued_at   timestamptz NOT NULL,
	expires_at  timestamptz NOT NULL,
	rotated_at  timestamptz,
	revoked_at  timestamptz
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);

-- JWT signing keys. private_key_pem is null for keys that came from configuration (only their public
-- half is remembered, so that a configured key rotation keeps the previous key in the JWKS).
CREATE TABLE signing_key (
	kid             text PRIMARY KEY,
	public_jwk      text        NOT NULL,
	private_key_pem text,
	created_at      timestamptz NOT NULL
);
