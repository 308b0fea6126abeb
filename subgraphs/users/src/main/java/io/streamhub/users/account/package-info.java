/**
 * Accounts: registration, login orchestration, profiles and roles; the {@code User}
 * entity.
 */
@NullMarked
package io.streamhub.users.account;

import org.jspecify.annotations.NullMarked;
