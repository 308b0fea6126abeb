/**
 * Query.autocomplete: the completion suggester over video titles.
 */
@NullMarked
package io.streamhub.discovery.suggest;

import org.jspecify.annotations.NullMarked;
