package io.streamhub.router.server.persisted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A persisted query list in Apollo's {@code apollo-persisted-query-manifest} format
 * (version 1), indexed by id.
 */
public final class PersistedQueryManifest {

	/** The manifest's {@code format}. */
	public static final String FORMAT = "apollo-persisted-query-manifest";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** A manifest without operations. */
	public static final PersistedQueryManifest EMPTY = new PersistedQueryManifest(Map.of());

	private final Map<String, ManifestOperation> byId;

	private PersistedQueryManifest(Map<String, ManifestOperation> byId) {
		this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
	}

	/**
	 * Builds a manifest.
	 * @param operations the operations
	 * @return the manifest
	 * @throws IllegalArgumentException when one id is published with two bodies
	 */
	public static PersistedQueryManifest of(Collection<ManifestOperation> operations) {
		Map<String, ManifestOperation> byId = new LinkedHashMap<>();
		for (ManifestOperation operation : operations) {
			ManifestOperation previous = byId.putIfAbsent(operation.id(), operation);
			if (previous != null && !previous.body().equals(operation.body())) {
				throw new IllegalArgumentException("Operation id " + operation.id() + " is published with two bodies");
			}
		}
		return new PersistedQueryManifest(byId);
	}

	/**
	 * Parses a manifest.
	 * @param json the file's bytes
	 * @return the manifest
	 * @throws IllegalArgumentException when it is not a version 1 manifest
	 */
	public static PersistedQueryManifest parse(byte[] json) {
		Map<?, ?> root = readObject(json);
		if (!FORMAT.equals(root.get("format")) || !Integer.valueOf(1).equals(root.get("version"))) {
			throw new IllegalArgumentException("Not a version 1 " + FORMAT);
		}
		if (!(root.get("operations") instanceof List<?> entries)) {
			throw new IllegalArgumentException("The manifest has no 'operations' array");
		}
		List<ManifestOperation> operations = new ArrayList<>();
		for (Object entry : entries) {
			operations.add(operation(entry));
		}
		return of(operations);
	}

	private static Map<?, ?> readObject(byte[] json) {
		try {
			if (JSON.readValue(json, Object.class) instanceof Map<?, ?> map) {
				return map;
			}
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("The manifest is not valid JSON: " + ex.getOriginalMessage());
		}
		throw new IllegalArgumentException("The manifest is not a JSON object");
	}

	private static ManifestOperation operation(@Nullable Object entry) {
		if (!(entry instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)
				|| !(map.get("body") instanceof String body) || id.isBlank()) {
			throw new IllegalArgumentException("Every operation needs an 'id' and a 'body'");
		}
		String name = (map.get("name") instanceof String text) ? text : "";
		String type = (map.get("type") instanceof String text) ? text : "query";
		String clientName = (map.get("clientName") instanceof String text) ? text : null;
		return new ManifestOperation(id, name, type, body, clientName);
	}

	/**
	 * The operation with this id.
	 * @param id the id
	 * @return the operation, or {@code null}
	 */
	public @Nullable ManifestOperation get(String id) {
		return this.byId.get(id);
	}

	public Collection<ManifestOperation> operations() {
		return this.byId.values();
	}

	/**
	 * The manifest as JSON (operations in the given order, two-space indentation).
	 * @return the text
	 */
	public String toJson() {
		List<Map<String, Object>> operations = new ArrayList<>();
		for (ManifestOperation operation : this.byId.values()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", operation.id());
			if (operation.clientName() != null) {
				entry.put("clientName", operation.clientName());
			}
			entry.put("body", operation.body());
			entry.put("name", operation.name());
			entry.put("type", operation.type());
			operations.add(entry);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("version", 1);
		root.put("operations", operations);
		return JSON.writeValueAsString(root) + "\n";
	}

}
