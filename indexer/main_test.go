package indexer_test

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/indexer"
	"github.com/gintonic/gintonic/postgres"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// mirror is a migrated database and an indexer over c.
type mirror struct {
	db  *gorm.DB
	ix  *indexer.Indexer
	r   *indexer.Reader
	cfg indexer.Config
}

func newMirror(t *testing.T, c *chaintest.Chain, src indexer.Chain, cfg indexer.Config) *mirror {
	t.Helper()
	db, err := postgres.Open(ctx, pgtest.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if s, err := db.DB(); err == nil {
			s.Close()
		}
	})
	if err := postgres.Migrate(ctx, db); err != nil {
		t.Fatal(err)
	}
	return attach(t, db, c, src, cfg)
}

// attach builds a fresh indexer over an existing database (a restart).
func attach(t *testing.T, db *gorm.DB, c *chaintest.Chain, src indexer.Chain, cfg indexer.Config) *mirror {
	t.Helper()
	if src == nil {
		src = c.Client
	}
	cfg.Deployment = c.Contracts.Deployment
	ix, err := indexer.New(db, src, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &mirror{db: db, ix: ix, r: indexer.NewReader(db, cfg.Deployment.ChainID, cfg.Name, cfg.FinalityDepth), cfg: cfg}
}

// sync indexes to the head and fails the test on error.
func (m *mirror) sync(t *testing.T) {
	t.Helper()
	for i := 0; i < 10_000; i++ {
		done, err := m.ix.Sync(ctx)
		if err != nil {
			t.Fatalf("sync: %v", err)
		}
		if done {
			return
		}
	}
	t.Fatal("sync did not reach the head")
}

func contextWithCancel() (context.Context, context.CancelFunc) { return context.WithCancel(ctx) }
