package iam

// Tri is a three-valued truth: a match or condition over values the
// configuration does not decide may be neither true nor false.
type Tri int8

// The three truth values. Maybe means some completions of the unknown values
// make it true and others false.
const (
	False Tri = iota
	True
	Maybe
)

func (t Tri) String() string {
	switch t {
	case False:
		return "false"
	case True:
		return "true"
	}
	return "maybe"
}

// triOf lifts a bool.
func triOf(b bool) Tri {
	if b {
		return True
	}
	return False
}

// and is Kleene conjunction.
func (t Tri) and(u Tri) Tri {
	if t == False || u == False {
		return False
	}
	if t == True && u == True {
		return True
	}
	return Maybe
}

// or is Kleene disjunction.
func (t Tri) or(u Tri) Tri {
	if t == True || u == True {
		return True
	}
	if t == False && u == False {
		return False
	}
	return Maybe
}

// not is Kleene negation.
func (t Tri) not() Tri {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Maybe
}
