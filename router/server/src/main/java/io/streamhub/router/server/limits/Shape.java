package io.streamhub.router.server.limits;

/**
 * What a selection set amounts to once its fragments are expanded. Counts saturate at
 * {@link #SATURATED} instead of overflowing (documents made of reused fragments expand
 * exponentially).
 *
 * @param depth deepest field nesting
 * @param aliases aliased fields
 * @param fields fields selected directly (root field count, for the root selection)
 * @param cost static cost estimate
 * @param maxDirectives most directives on one field
 * @param introspection whether {@code __schema} or {@code __type} is selected
 */
record Shape(long depth, long aliases, long fields, long cost, long maxDirectives, boolean introspection) {

	static final long SATURATED = Long.MAX_VALUE / 4;

	static final Shape EMPTY = new Shape(0, 0, 0, 0, 0, false);

	Shape plus(Shape other) {
		return new Shape(Math.max(this.depth, other.depth), add(this.aliases, other.aliases),
				add(this.fields, other.fields), add(this.cost, other.cost),
				Math.max(this.maxDirectives, other.maxDirectives), this.introspection || other.introspection);
	}

	static long add(long a, long b) {
		return Math.min(SATURATED, a + b);
	}

	static long multiply(long a, long b) {
		if (a == 0 || b == 0) {
			return 0;
		}
		return (a > SATURATED / b) ? SATURATED : a * b;
	}

}
