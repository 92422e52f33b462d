package access

import "slices"

// listers maps each kind of intent to what lists it; denylint.requests
// takes the kind as its argument.
var listers = map[string]func(*Index) []Intent{
	FromIdentityGrant:    (*Index).IdentityGrants,
	FromConnectRecording: (*Index).ConnectRecordings,
	FromExpectation:      (*Index).Expectations,
	FromEndpoint:         (*Index).EndpointPaths,
	FromResourceGrant:    (*Index).ResourceGrants,
	FromReaderNeeds:      (*Index).ReaderNeeds,
	FromForeignWriter:    (*Index).ForeignWriters,
	FromRootLockout:      (*Index).RootLockouts,
	FromForeignReader:    (*Index).ForeignReaders,
}

// Kinds lists every kind of intent, sorted.
func Kinds() []string {
	out := make([]string, 0, len(listers))
	for k := range listers {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Intents lists the intents of one kind; ok is false for a kind that does
// not exist.
func (x *Index) Intents(kind string) (intents []Intent, ok bool) {
	list, ok := listers[kind]
	if !ok {
		return nil, false
	}
	return list(x), true
}
