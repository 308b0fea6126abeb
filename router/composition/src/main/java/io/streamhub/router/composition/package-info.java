/**
 * StreamHub supergraph composition (Federation 2 rules).
 */
@NullMarked
package io.streamhub.router.composition;

import org.jspecify.annotations.NullMarked;
