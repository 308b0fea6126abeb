-- What discovery keeps besides the Elasticsearch index (all projections of events).

-- Latest view/like counts per video (video.counters), and whether the index has them yet.
CREATE TABLE video_counter (
	video_id   uuid PRIMARY KEY,
	view_count bigint  NOT NULL,
	like_count bigint  NOT NULL,
	dirty      boolean NOT NULL DEFAULT true
);
CREATE INDEX video_counter_dirty ON video_counter (video_id) WHERE dirty;

-- Usernames of creators (user.registered), denormalised into the index.
CREATE TABLE creator (
	user_id  uuid PRIMARY KEY,
	username text NOT NULL
);

-- Who liked what (a video.counters event with an actor whose like count went up; down removes it).
CREATE TABLE video_like (
	user_id  uuid        NOT NULL,
	video_id uuid        NOT NULL,
	liked_at timestamptz NOT NULL,
	PRIMARY KEY (user_id, video_id)
);

-- Who follows whom (user.followed / user.unfollowed).
CREATE TABLE follow (
	follower_id uuid NOT NULL,
	followee_id uuid NOT NULL,
	PRIMARY KEY (follower_id, followee_id)
);
