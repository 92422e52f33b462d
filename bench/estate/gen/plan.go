package gen

import (
	"fmt"
	"math/rand/v2"
)

// mistake is a configuration error planted in a workload so that the rule
// engine has real refusals to find, not only clean estates to confirm.
type mistake int

const (
	noMistake mistake = iota
	// bucketDeniesReader: the bucket policy's Deny exempts only the
	// administrator, so the supervisor's grant is defeated (DL001).
	bucketDeniesReader
	// keyWithoutRoot: the key policy names only a key administrator, so
	// neither readers nor Connect's grant can use the key (DL002, DL003).
	keyWithoutRoot
	// flowWithoutRecording: no contact flow turns recording on (DL011).
	flowWithoutRecording
)

func (m mistake) String() string {
	return [...]string{"none", "bucket-denies-reader", "key-without-root", "flow-without-recording"}[m]
}

// plan is the estate to write, decided before any file is, so that both
// formats describe the same organisation from the same seed.
type plan struct {
	org       org
	workloads []workload
}

type org struct {
	units    []string // organisational unit names
	accounts []account
}

type account struct {
	name, id string
	unit     int // index into org.units
}

// workload is one team's recording stack in one account: a Connect
// instance, its recordings bucket and key, reader roles and archive
// buckets made by a local module.
type workload struct {
	index    int
	name     string
	account  int
	region   string
	readers  []string // role names besides the administrator
	archives []string // for_each keys of the archive-bucket module
	endpoint bool     // an S3 gateway endpoint with a policy
	boundary bool     // roles carry a permissions boundary
	mistake  mistake
}

var regions = []string{"eu-west-2", "us-east-1", "eu-central-1", "ap-southeast-2"}

// newPlan decides w workloads over a proportionate organisation. rate is
// the chance that a workload carries one mistake.
func newPlan(seed uint64, w int, rate float64) *plan {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	p := &plan{}
	p.org.units = []string{"security", "infrastructure", "workloads-prod", "workloads-nonprod", "sandbox"}
	nAcct := max(2, w/4)
	for i := range nAcct {
		p.org.accounts = append(p.org.accounts, account{
			name: fmt.Sprintf("acct-%04d", i),
			id:   fmt.Sprintf("%012d", 100000000000+i*7919),
			unit: 1 + r.IntN(len(p.org.units)-1),
		})
	}
	for i := range w {
		p.workloads = append(p.workloads, newWorkload(r, i, nAcct, rate))
	}
	return p
}

func newWorkload(r *rand.Rand, i, nAcct int, rate float64) workload {
	wl := workload{
		index:    i,
		name:     fmt.Sprintf("cc%04d", i),
		account:  r.IntN(nAcct),
		region:   regions[r.IntN(len(regions))],
		readers:  []string{"supervisor", "qa-analyst"},
		archives: []string{"archive", "exports"},
		endpoint: r.IntN(4) == 0,
		boundary: r.IntN(2) == 0,
	}
	if r.IntN(3) == 0 {
		wl.readers = append(wl.readers, "compliance")
	}
	if r.IntN(3) == 0 {
		wl.archives = append(wl.archives, "transcripts")
	}
	if r.Float64() < rate {
		wl.mistake = mistake(1 + r.IntN(3))
	}
	return wl
}

// mistakes counts the planted mistakes by kind.
func (p *plan) mistakes() map[mistake]int {
	out := map[mistake]int{}
	for _, w := range p.workloads {
		if w.mistake != noMistake {
			out[w.mistake]++
		}
	}
	return out
}
