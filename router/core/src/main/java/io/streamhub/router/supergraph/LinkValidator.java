package io.streamhub.router.supergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.SchemaDefinition;

/**
 * Checks the {@code @link}s of the supergraph: join must be present in a supported
 * version, and any feature linked {@code for: EXECUTION} or {@code for: SECURITY} must be
 * one the router implements.
 */
final class LinkValidator {

	private static final Pattern SPEC_URL = Pattern.compile(".*/([A-Za-z_][A-Za-z0-9_-]*)/v(\\d+)\\.(\\d+)/?$");

	private static final Set<String> SUPPORTED = Set.of("link", "core", "join", "tag", "inaccessible");

	private static final Set<String> JOIN_VERSIONS = Set.of("0.1", "0.2", "0.3", "0.4", "0.5");

	private LinkValidator() {
	}

	/**
	 * Validates the links and returns the join version.
	 * @param document the supergraph document
	 * @return the join spec version, e.g. {@code "0.3"}
	 */
	static String validate(Document document) {
		List<Directive> links = links(document);
		String joinVersion = null;
		for (Directive link : links) {
			String url = SupergraphReader.optionalString(link, link.getName().equals("core") ? "feature" : "url");
			if (url == null) {
				throw new SupergraphException("Malformed supergraph: @" + link.getName() + " without url");
			}
			Matcher matcher = SPEC_URL.matcher(url);
			if (!matcher.matches()) {
				rejectIfForExecution(link, url);
				continue;
			}
			String feature = matcher.group(1);
			String version = matcher.group(2) + "." + matcher.group(3);
			if (feature.equals("join")) {
				if (!JOIN_VERSIONS.contains(version)) {
					throw new SupergraphException("Unsupported join version v" + version + " (supported: v0.1-v0.5)");
				}
				joinVersion = version;
			}
			else if (!SUPPORTED.contains(feature)) {
				rejectIfForExecution(link, url);
			}
		}
		if (joinVersion == null) {
			throw new SupergraphException("Not a supergraph: the schema does not @link the join spec");
		}
		return joinVersion;
	}

	private static void rejectIfForExecution(Directive link, String url) {
		Argument purpose = link.getArgument("for");
		if (purpose == null || !(purpose.getValue() instanceof EnumValue value)) {
			return;
		}
		if (value.getName().equals("EXECUTION") || value.getName().equals("SECURITY")) {
			throw new SupergraphException("Unsupported feature " + url + " is required for " + value.getName()
					+ ": this router cannot serve the supergraph correctly");
		}
	}

	private static List<Directive> links(Document document) {
		List<Directive> links = new ArrayList<>();
		for (SchemaDefinition schema : document.getDefinitionsOfType(SchemaDefinition.class)) {
			links.addAll(schema.getDirectives("link"));
			links.addAll(schema.getDirectives("core"));
		}
		return links;
	}

}
