package io.streamhub.router.composition;

/**
 * {@code compose <supergraph.yaml> [-o <out.graphql>]}.
 */
public final class ComposeCommand {

	private ComposeCommand() {
	}

	public static void main(String[] args) {
		System.exit(1);
	}

}
