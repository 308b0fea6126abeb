package io.streamhub.users.follow;

/**
 * Which side of the follow relation a list shows. The column names are constants, never
 * input.
 */
enum Direction {

	/** The users who follow a user. */
	FOLLOWERS("followee_id", "follower_id"),

	/** The users a user follows. */
	FOLLOWING("follower_id", "followee_id");

	private final String ownerColumn;

	private final String otherColumn;

	Direction(String ownerColumn, String otherColumn) {
		this.ownerColumn = ownerColumn;
		this.otherColumn = otherColumn;
	}

	String ownerColumn() {
		return this.ownerColumn;
	}

	String otherColumn() {
		return this.otherColumn;
	}

}
