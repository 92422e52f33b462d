package model

import (
	"reflect"
	"testing"

	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// filled returns an estate whose every field holds something: one fresh
// element in each list, a fresh value behind each pointer, and one entry
// of each kind in Sources under tag. It is built by reflection, so that a
// field added to Env later is filled too and Merge must carry it.
func filled(t *testing.T, tag string) *Env {
	t.Helper()
	e := New()
	v := reflect.ValueOf(e).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case name == "Sources":
			e.Sources.Set(tag, "", source.Range{File: tag})
			e.Sources.SetCallers(tag, []source.Range{{File: tag}})
			e.Sources.SetNote(tag, tag)
			e.Sources.SetTree(tag, "Properties", fixedTree{source.Range{File: tag + "#tree"}})
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Pointer:
			f.Set(reflect.Append(f, reflect.New(f.Type().Elem().Elem())))
		case f.Kind() == reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		default:
			t.Fatalf("Env.%s is a %s: teach filled (and Merge) about it", name, f.Type())
		}
	}
	return e
}

// TestMergeIntoEmpty checks that merging into an empty estate carries
// every field: a field Merge forgets stays empty and fails here.
func TestMergeIntoEmpty(t *testing.T) {
	t.Parallel()
	src := filled(t, "src")
	want := reflect.ValueOf(src).Elem()
	got := New()
	got.Merge(src)
	v := reflect.ValueOf(got).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		if name == "Sources" {
			continue
		}
		if !reflect.DeepEqual(v.Field(i).Interface(), want.Field(i).Interface()) {
			t.Errorf("Env.%s not carried by Merge", name)
		}
	}
	checkSources(t, got.Sources, "src")
}

// TestMergeAppends checks that every list keeps the receiver's items
// first, then the other estate's, and that the other's settings win.
func TestMergeAppends(t *testing.T) {
	t.Parallel()
	dst, src := filled(t, "dst"), filled(t, "src")
	before, from := reflect.ValueOf(*dst), reflect.ValueOf(src).Elem()
	dst.Merge(src)
	v := reflect.ValueOf(dst).Elem()
	for i := range v.NumField() {
		name, f := v.Type().Field(i).Name, v.Field(i)
		switch {
		case name == "Sources" || name == "Organization":
		case f.Kind() == reflect.Slice:
			want := reflect.AppendSlice(reflect.AppendSlice(reflect.MakeSlice(f.Type(), 0, 2), before.Field(i)), from.Field(i))
			if !reflect.DeepEqual(f.Interface(), want.Interface()) || f.Index(1).Pointer() != from.Field(i).Index(0).Pointer() {
				t.Errorf("Env.%s = %d items, want the receiver's then the other's", name, f.Len())
			}
		case f.Pointer() != from.Field(i).Pointer():
			t.Errorf("Env.%s is not the other estate's setting", name)
		}
	}
	checkSources(t, dst.Sources, "dst", "src")
}

func checkSources(t *testing.T, s *Sources, tags ...string) {
	t.Helper()
	for _, tag := range tags {
		r, ok := s.Lookup(tag, "")
		inTree, _ := s.Lookup(tag, "Properties.A")
		got := []any{ok, r.File, len(s.Callers(tag)), s.Note(tag), inTree.File}
		if diff := cmp.Diff([]any{true, tag, 1, tag, tag + "#tree"}, got); diff != "" {
			t.Errorf("Sources of %s after Merge (-want +got):\n%s", tag, diff)
		}
	}
}

func TestMergeOrganization(t *testing.T) {
	t.Parallel()
	unit := func(id string) *OrgUnit { return &OrgUnit{ID: id} }
	account := func(id string) *Account { return &Account{ID: id} }
	tests := []struct {
		name     string
		dst, src *Organization
		want     *Organization
	}{
		{name: "none", want: nil},
		{name: "only the receiver's", dst: &Organization{ID: "o-a"}, want: &Organization{ID: "o-a"}},
		{name: "only the other's", src: &Organization{ID: "o-b", Units: []*OrgUnit{unit("ou-b")}},
			want: &Organization{ID: "o-b", Units: []*OrgUnit{unit("ou-b")}}},
		{name: "both: the first names it, members of both",
			dst:  &Organization{ID: "o-a", RootID: "r-a", Units: []*OrgUnit{unit("ou-a")}},
			src:  &Organization{ID: "o-b", RootID: "r-b", Units: []*OrgUnit{unit("ou-b")}, Accounts: []*Account{account("2")}},
			want: &Organization{ID: "o-a", RootID: "r-a", Units: []*OrgUnit{unit("ou-a"), unit("ou-b")}, Accounts: []*Account{account("2")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dst, src := New(), New()
			dst.Organization, src.Organization = tt.dst, tt.src
			dst.Merge(src)
			if diff := cmp.Diff(tt.want, dst.Organization); diff != "" {
				t.Errorf("organization after Merge (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMergeKeepsPresentEmptyLists checks that an empty list the other
// estate holds stays a list (JSON []), not an absence (null).
func TestMergeKeepsPresentEmptyLists(t *testing.T) {
	t.Parallel()
	dst, src := New(), New()
	src.Buckets = []*Bucket{}
	dst.Merge(src)
	if dst.Buckets == nil {
		t.Error("Buckets is nil after merging an empty list")
	}
}

func TestSourcesEqual(t *testing.T) {
	t.Parallel()
	r := source.Range{File: "a.yaml"}
	with := func(set func(s *Sources)) *Sources {
		s := NewSources()
		s.Set("a", "", r)
		set(s)
		return s
	}
	tests := []struct {
		name string
		a, b *Sources
		want bool
	}{
		{name: "same entries", a: with(func(*Sources) {}), b: with(func(*Sources) {}), want: true},
		{name: "both nil", want: true},
		{name: "one nil", a: NewSources(), want: false},
		{name: "a range differs", a: with(func(s *Sources) { s.Set("a", "x", r) }), b: with(func(*Sources) {}), want: false},
		{name: "callers differ", a: with(func(s *Sources) { s.SetCallers("a", []source.Range{r}) }), b: with(func(*Sources) {}), want: false},
		{name: "notes differ", a: with(func(s *Sources) { s.SetNote("a", "n") }), b: with(func(s *Sources) { s.SetNote("a", "m") }), want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal = %v, want %v", got, tt.want)
			}
		})
	}
}
