package io.streamhub.users.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.streamhub.platform.errors.UnauthenticatedException;
import io.streamhub.platform.ratelimit.RateLimit;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.Role;
import io.streamhub.users.account.AccountRepository.Credentials;
import io.streamhub.users.config.UsersProperties;
import io.streamhub.users.token.TokenService;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Login, refresh and logout. An unknown account and a wrong password fail alike: same
 * error, a bcrypt comparison in both cases (no timing difference), and the per-account
 * rate limit is keyed by what was typed, so it counts unknown accounts too.
 */
@Service
class AuthService {

	static final String INVALID_CREDENTIALS = "Invalid e-mail/username or password";

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final AccountRepository accounts;

	private final TokenService tokens;

	private final PasswordEncoder passwordEncoder;

	private final RateLimiter rateLimiter;

	private final UsersProperties properties;

	private final String dummyHash;

	AuthService(AccountRepository accounts, TokenService tokens, PasswordEncoder passwordEncoder,
			RateLimiter rateLimiter, UsersProperties properties) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
		this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	Mono<AuthPayload> login(String emailOrUsername, String password, String clientAddress) {
		String login = emailOrUsername.trim().toLowerCase(Locale.ROOT);
		UsersProperties.RateLimits limits = this.properties.getRateLimits();
		RateLimit perIp = new RateLimit("users.login.ip", limits.getLoginPerIpPerMinute(), MINUTE);
		RateLimit perAccount = new RateLimit("users.login.account", limits.getLoginPerAccountPerMinute(), MINUTE);
		return this.rateLimiter.acquire(perIp, clientAddress)
			.then(this.rateLimiter.acquire(perAccount, login))
			.then(this.accounts.findCredentials(login).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.publishOn(Schedulers.boundedElastic())
			.map((credentials) -> authenticate(credentials, password))
			.flatMap((account) -> this.tokens.issue(account.id(), account.roles())
				.map((pair) -> AuthPayload.of(pair, account)));
	}

	Mono<AuthPayload> refresh(String refreshToken) {
		return this.tokens.refresh(refreshToken, this::currentRoles)
			.flatMap((pair) -> this.accounts.findById(pair.userId()).map((account) -> AuthPayload.of(pair, account)));
	}

	Mono<Void> logout(String refreshToken) {
		return this.tokens.revoke(refreshToken);
	}

	private Mono<Set<Role>> currentRoles(UUID userId) {
		return this.accounts.findById(userId).map(Account::roles);
	}

	/** Blocking (bcrypt): runs on the bounded elastic scheduler. */
	private Account authenticate(Optional<Credentials> credentials, String password) {
		String hash = credentials.map(Credentials::passwordHash).orElse(this.dummyHash);
		boolean matches = this.passwordEncoder.matches(password, hash);
		if (!matches || credentials.isEmpty()) {
			throw new UnauthenticatedException(INVALID_CREDENTIALS);
		}
		return credentials.get().account();
	}

}
