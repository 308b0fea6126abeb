/**
 * Reading subgraph SDL: federation @link imports and renames, Federation 1 upgrade,
 * per-subgraph validation.
 */
@NullMarked
package io.streamhub.router.composition.read;

import org.jspecify.annotations.NullMarked;
