package io.streamhub.users.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.Streams;
import io.streamhub.platform.ratelimit.RateLimit;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.Role;
import io.streamhub.users.config.UsersProperties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Registration, profiles and roles. A registration writes the account and its
 * {@code user.registered} event in one transaction: a failure leaves neither.
 */
@Service
public class AccountService {

	static final String USER_REGISTERED = "user.registered";

	private static final Duration HOUR = Duration.ofHours(1);

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final RateLimiter rateLimiter;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final UsersProperties properties;

	private final Clock clock;

	AccountService(AccountRepository repository, PasswordEncoder passwordEncoder, RateLimiter rateLimiter,
			OutboxWriter outbox, TransactionalOperator transactions, UsersProperties properties, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.rateLimiter = rateLimiter;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Looks an account up.
	 * @param id the user id
	 * @return the account, empty when unknown
	 */
	public Mono<Account> find(UUID id) {
		return this.repository.findById(id);
	}

	Mono<Account> findByUsername(String username) {
		return this.repository.findByUsername(username);
	}

	Mono<Account> register(Registration registration, String clientAddress) {
		RateLimit limit = new RateLimit("users.register.ip", this.properties.getRateLimits().getRegisterPerIpPerHour(),
				HOUR);
		return this.rateLimiter.acquire(limit, clientAddress)
			.then(Mono.fromCallable(() -> this.passwordEncoder.encode(registration.password()))
				.subscribeOn(Schedulers.boundedElastic()))
			.flatMap((hash) -> this.transactions.transactional(insert(registration, hash)))
			.onErrorMap(DataIntegrityViolationException.class, (ex) -> duplicate(registration, ex));
	}

	Mono<Account> updateProfile(UUID userId, ProfileChange change) {
		return this.repository.updateProfile(userId, change, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such user")));
	}

	Mono<Account> promote(UUID userId, Role role) {
		return this.repository.addRole(userId, role, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such user: " + userId)));
	}

	private Mono<Account> insert(Registration registration, String passwordHash) {
		boolean bootstrap = this.properties.isBootstrapAdmin();
		Mono<Void> lock = bootstrap ? this.repository.lockRegistrations() : Mono.empty();
		Mono<Boolean> first = bootstrap ? this.repository.isEmpty() : Mono.just(false);
		return lock.then(rejectDuplicates(registration))
			.then(first)
			.map((isFirst) -> newAccount(registration, isFirst))
			.flatMap((account) -> this.repository.insert(account, passwordHash)
				.then(this.outbox.append(Streams.events("users"), registered(account)))
				.thenReturn(account));
	}

	private Mono<Void> rejectDuplicates(Registration registration) {
		return this.repository.emailTaken(registration.email())
			.flatMap((taken) -> taken ? Mono.error(emailTaken())
					: this.repository.usernameTaken(registration.username()))
			.flatMap((taken) -> taken ? Mono.error(usernameTaken()) : Mono.<Void>empty());
	}

	private Account newAccount(Registration registration, boolean firstAccount) {
		Set<Role> roles = firstAccount ? EnumSet.of(Role.VIEWER, Role.ADMIN) : EnumSet.of(Role.VIEWER);
		Instant now = this.clock.instant();
		return new Account(UUID.randomUUID(), registration.email(), registration.username(), registration.displayName(),
				null, null, roles, now);
	}

	private static EventEnvelope registered(Account account) {
		return EventEnvelope.of(USER_REGISTERED, new EventEnvelope.Subject("User", account.id()), account.id(),
				Map.of("username", account.username(), "displayName", account.displayName()));
	}

	private static RuntimeException duplicate(Registration registration, DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("app_user_email_key") ? emailTaken() : usernameTaken();
	}

	private static BadUserInputException emailTaken() {
		return new BadUserInputException("input.email", "This e-mail address is already registered");
	}

	private static BadUserInputException usernameTaken() {
		return new BadUserInputException("input.username", "This username is taken");
	}

}
