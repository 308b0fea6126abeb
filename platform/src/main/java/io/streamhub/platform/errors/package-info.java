/**
 * Typed exceptions and their mapping to GraphQL errors carrying {@code extensions.code}.
 * <p>
 * Throw one of the {@link io.streamhub.platform.errors.StreamhubException} subclasses
 * from a data fetcher, a DataLoader or a service; the auto-configured resolver turns it
 * into a GraphQL error with message, path, location and extensions. Any other exception
 * becomes {@code INTERNAL} with the message "Internal server error" and an
 * {@code errorId} that is logged together with the stack trace.
 */
@NullMarked
package io.streamhub.platform.errors;

import org.jspecify.annotations.NullMarked;
