//go:build race

package cloudformation

// raceEnabled: the race detector slows loading several times over.
const raceEnabled = true
