package io.streamhub.users.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the users service ({@code users.*} in {@code users.yml}).
 */
@ConfigurationProperties("users")
public class UsersProperties {

	/**
	 * Whether the first account registered in an empty database becomes ADMIN (in
	 * addition to VIEWER). Meant for a fresh local stack; keep it false in production and
	 * use promoteUser.
	 */
	private boolean bootstrapAdmin;

	/**
	 * Whether the first hop of {@code X-Forwarded-For} is the client address used for
	 * rate limits. Enable only behind a proxy that sets the header; otherwise clients
	 * could pick their own address.
	 */
	private boolean trustForwardedFor;

	private final Jwt jwt = new Jwt();

	private final RateLimits rateLimits = new RateLimits();

	private final Notifications notifications = new Notifications();

	public boolean isBootstrapAdmin() {
		return this.bootstrapAdmin;
	}

	public void setBootstrapAdmin(boolean bootstrapAdmin) {
		this.bootstrapAdmin = bootstrapAdmin;
	}

	public boolean isTrustForwardedFor() {
		return this.trustForwardedFor;
	}

	public void setTrustForwardedFor(boolean trustForwardedFor) {
		this.trustForwardedFor = trustForwardedFor;
	}

	public Jwt getJwt() {
		return this.jwt;
	}

	public RateLimits getRateLimits() {
		return this.rateLimits;
	}

	public Notifications getNotifications() {
		return this.notifications;
	}

	/**
	 * Access and refresh tokens.
	 */
	public static class Jwt {

		/**
		 * PEM of the RSA private key (PKCS#8, "BEGIN PRIVATE KEY") that signs access
		 * tokens. When empty, a 2048-bit key is generated once and persisted in the
		 * signing_key table, so that restarts keep issued tokens valid. When the
		 * configured key changes, the public half of the previous one stays in the JWKS.
		 */
		private @Nullable String privateKeyPem;

		/**
		 * The {@code iss} claim; must equal {@code streamhub.security.issuer} of the
		 * verifiers.
		 */
		private String issuer = "https://streamhub.local";

		/**
		 * The {@code aud} claim; must equal {@code streamhub.security.audience} of the
		 * verifiers.
		 */
		private String audience = "streamhub";

		/**
		 * Lifetime of access tokens.
		 */
		private Duration accessTokenTtl = Duration.ofMinutes(15);

		/**
		 * Lifetime of refresh tokens (each rotation issues a token with a fresh
		 * lifetime).
		 */
		private Duration refreshTokenTtl = Duration.ofDays(7);

		public @Nullable String getPrivateKeyPem() {
			return this.privateKeyPem;
		}

		public void setPrivateKeyPem(@Nullable String privateKeyPem) {
			this.privateKeyPem = privateKeyPem;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getAudience() {
			return this.audience;
		}

		public void setAudience(String audience) {
			this.audience = audience;
		}

		public Duration getAccessTokenTtl() {
			return this.accessTokenTtl;
		}

		public void setAccessTokenTtl(Duration accessTokenTtl) {
			this.accessTokenTtl = accessTokenTtl;
		}

		public Duration getRefreshTokenTtl() {
			return this.refreshTokenTtl;
		}

		public void setRefreshTokenTtl(Duration refreshTokenTtl) {
			this.refreshTokenTtl = refreshTokenTtl;
		}

	}

	/**
	 * Abuse limits (per fixed window, counted in Redis).
	 */
	public static class RateLimits {

		/**
		 * Login attempts per client address per minute.
		 */
		private int loginPerIpPerMinute = 5;

		/**
		 * Login attempts per account identifier (as typed, lower-cased) per minute;
		 * counted for unknown accounts too so the limit does not reveal which accounts
		 * exist.
		 */
		private int loginPerAccountPerMinute = 10;

		/**
		 * Registrations per client address per hour.
		 */
		private int registerPerIpPerHour = 3;

		public int getLoginPerIpPerMinute() {
			return this.loginPerIpPerMinute;
		}

		public void setLoginPerIpPerMinute(int loginPerIpPerMinute) {
			this.loginPerIpPerMinute = loginPerIpPerMinute;
		}

		public int getLoginPerAccountPerMinute() {
			return this.loginPerAccountPerMinute;
		}

		public void setLoginPerAccountPerMinute(int loginPerAccountPerMinute) {
			this.loginPerAccountPerMinute = loginPerAccountPerMinute;
		}

		public int getRegisterPerIpPerHour() {
			return this.registerPerIpPerHour;
		}

		public void setRegisterPerIpPerHour(int registerPerIpPerHour) {
			this.registerPerIpPerHour = registerPerIpPerHour;
		}

	}

	/**
	 * Consumption of {@code notification.requested} events.
	 */
	public static class Notifications {

		/**
		 * Whether the service consumes notification requests at all.
		 */
		private boolean enabled = true;

		/**
		 * Streams read for {@code notification.requested} events (other event types are
		 * acknowledged and ignored).
		 */
		private List<String> streams = new ArrayList<>(
				List.of("events:users", "events:videos", "events:comments", "events:availability"));

		/**
		 * Consumer group on each stream.
		 */
		private String consumerGroup = "users";

		/**
		 * Followers notified per INSERT statement when a request has the audience
		 * {@code followers-of} (a video became READY, ...).
		 */
		private int fanOutBatchSize = 500;

		/**
		 * Most followers notified for one request; the rest are skipped and a warning is
		 * logged. Bounds the transaction and the {@code notification.created} events one
		 * request produces.
		 */
		private int maxFanOut = 10000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getStreams() {
			return this.streams;
		}

		public void setStreams(List<String> streams) {
			this.streams = streams;
		}

		public String getConsumerGroup() {
			return this.consumerGroup;
		}

		public void setConsumerGroup(String consumerGroup) {
			this.consumerGroup = consumerGroup;
		}

		public int getFanOutBatchSize() {
			return this.fanOutBatchSize;
		}

		public void setFanOutBatchSize(int fanOutBatchSize) {
			this.fanOutBatchSize = fanOutBatchSize;
		}

		public int getMaxFanOut() {
			return this.maxFanOut;
		}

		public void setMaxFanOut(int maxFanOut) {
			this.maxFanOut = maxFanOut;
		}

	}

}
