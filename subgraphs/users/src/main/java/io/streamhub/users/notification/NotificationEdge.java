package io.streamhub.users.notification;

/**
 * The GraphQL {@code NotificationEdge}.
 *
 * @param node the notification
 */
record NotificationEdge(Notification node) {

	public String cursor() {
		return this.node.position().encode();
	}

}
