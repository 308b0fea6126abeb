package io.streamhub.realtime.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.CompositionException;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.composition.SupergraphConfig;

/**
 * Reads the supergraph the gateway plans with: a rover {@code supergraph.yaml} is
 * composed here (with the URL overrides applied), any other file is read as a composed
 * supergraph SDL (URLs of its {@code @join__graph} replaced by the overrides).
 */
final class SupergraphLoading {

	private static final Pattern JOIN_GRAPH = Pattern
		.compile("@join__graph\\(\\s*name\\s*:\\s*\"([^\"]*)\"\\s*,?\\s*url\\s*:\\s*\"([^\"]*)\"\\s*\\)");

	private SupergraphLoading() {
	}

	static String load(Path file, Map<String, URI> urlOverrides) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("realtime.supergraph: no such file " + file.toAbsolutePath());
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return compose(file, urlOverrides);
		}
		return overrideUrls(read(file), urlOverrides);
	}

	private static String compose(Path file, Map<String, URI> urlOverrides) {
		List<SubgraphSource> sources = new ArrayList<>();
		for (SubgraphSource source : SupergraphConfig.read(file).load()) {
			URI url = urlOverrides.get(source.name());
			sources.add((url != null) ? new SubgraphSource(source.name(), url.toString(), source.sdl()) : source);
		}
		try {
			return Composer.compose(sources);
		}
		catch (CompositionException ex) {
			throw new IllegalStateException("Composing " + file + " failed: " + ex.getMessage(), ex);
		}
	}

	private static String overrideUrls(String sdl, Map<String, URI> overrides) {
		Matcher matcher = JOIN_GRAPH.matcher(sdl);
		StringBuilder result = new StringBuilder(sdl.length());
		while (matcher.find()) {
			URI url = overrides.get(matcher.group(1));
			String replacement = (url != null)
					? "@join__graph(name: \"" + matcher.group(1) + "\", url: \"" + url + "\")" : matcher.group();
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the supergraph " + file, ex);
		}
	}

}
