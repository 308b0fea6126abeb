package io.streamhub.router.server.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Header propagation ({@code router.headers.*}). {@code Authorization},
 * {@code x-request-id} and {@code traceparent} always go to every subgraph unless a rule
 * removes them. Rules under {@code all} apply to every subgraph, then the subgraph's own.
 */
public class HeadersProperties {

	/**
	 * Rules for every subgraph.
	 */
	private Rules all = new Rules();

	/**
	 * Rules per subgraph name.
	 */
	private Map<String, Rules> subgraphs = new LinkedHashMap<>();

	public Rules getAll() {
		return this.all;
	}

	public void setAll(Rules all) {
		this.all = all;
	}

	public Map<String, Rules> getSubgraphs() {
		return this.subgraphs;
	}

	public void setSubgraphs(Map<String, Rules> subgraphs) {
		this.subgraphs = subgraphs;
	}

	/**
	 * The rules of one subgraph, applied in this order.
	 */
	public static class Rules {

		/**
		 * Client request headers copied as they are.
		 */
		private List<String> propagate = new ArrayList<>();

		/**
		 * Client request headers copied under another name (client name → subgraph name).
		 */
		private Map<String, String> rename = new LinkedHashMap<>();

		/**
		 * Fixed headers added to every request.
		 */
		private Map<String, String> insert = new LinkedHashMap<>();

		/**
		 * Headers never sent (also the defaults above).
		 */
		private List<String> remove = new ArrayList<>();

		/**
		 * Subgraph response headers passed back to the client (e.g. {@code Set-Cookie}).
		 */
		private List<String> response = new ArrayList<>();

		public List<String> getPropagate() {
			return this.propagate;
		}

		public void setPropagate(List<String> propagate) {
			this.propagate = propagate;
		}

		public Map<String, String> getRename() {
			return this.rename;
		}

		public void setRename(Map<String, String> rename) {
			this.rename = rename;
		}

		public Map<String, String> getInsert() {
			return this.insert;
		}

		public void setInsert(Map<String, String> insert) {
			this.insert = insert;
		}

		public List<String> getRemove() {
			return this.remove;
		}

		public void setRemove(List<String> remove) {
			this.remove = remove;
		}

		public List<String> getResponse() {
			return this.response;
		}

		public void setResponse(List<String> response) {
			this.response = response;
		}

	}

}
