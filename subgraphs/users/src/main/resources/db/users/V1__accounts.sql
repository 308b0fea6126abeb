-- Accounts. Usernames are stored lower-case; e-mail uniqueness ignores case.
CREATE TABLE app_user (
	id            uuid PRIMARY KEY,
	email         text        NOT NULL,
	username      text        NOT NULL,
	password_hash text        NOT NULL,
	display_name  text        NOT NULL,
	bio           text,
	avatar_url    text,
	roles         text[]      NOT NULL,
	created_at    timestamptz NOT NULL,
	updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));
