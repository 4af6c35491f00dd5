package api

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// FuzzDecodeJobRequest feeds arbitrary bodies through the job submission's decoding and
// validation: no input panics, every refusal is a 4xx problem, and whatever is accepted fits the
// contract's ranges.
func FuzzDecodeJobRequest(f *testing.F) {
	f.Add([]byte(`{"image":"img","kind":"service","gpu":{"model":"H100","memoryMiB":1000,"count":1},"maxPricePerGpuSecond":"1000","budget":"1000000","durationSeconds":60}`))
	f.Add([]byte(`{"image":"img","kind":"batch","gpu":{"model":"A","memoryMiB":1,"count":255},"maxPricePerGpuSecond":"18446744073709551615","budget":"79228162514264337593543950335","durationSeconds":1,"env":{"A":"b"},"region":"eu"}`))
	f.Add([]byte(`{"budget":"-1"}`))
	f.Add([]byte(`{"image":`))
	f.Add([]byte(`[]`))
	s := &Server{cfg: DefaultConfig("http://127.0.0.1:8080")}
	client := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	f.Fuzz(func(t *testing.T, body []byte) {
		var req apiv1.JobRequest
		dec := jsonDecoder(bytes.NewReader(body))
		if err := dec.Decode(&req); err != nil {
			if p := decodeProblem(err); p.Status < 400 || p.Status >= 500 {
				t.Fatalf("decode error %v became status %d", err, p.Status)
			}
			return
		}
		spec, maxPrice, budget, minStake, err := s.validateJob(client, &req)
		if err != nil {
			p, ok := err.(*Problem)
			if !ok || p.Status != 422 || len(p.Fields) == 0 {
				t.Fatalf("validation error is not a 422 naming fields: %#v", err)
			}
			return
		}
		two := func(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }
		if maxPrice.Sign() <= 0 || maxPrice.Cmp(two(64)) >= 0 || budget.Sign() <= 0 || budget.Cmp(two(96)) >= 0 ||
			minStake.Sign() < 0 || minStake.Cmp(two(96)) >= 0 || spec.GPU.Count < 1 || spec.GPU.Count > 255 {
			t.Fatalf("accepted out of range: price %s budget %s stake %s gpus %d", maxPrice, budget, minStake, spec.GPU.Count)
		}
		if budget.Cmp(new(big.Int).Mul(maxPrice, big.NewInt(int64(spec.GPU.Count)))) < 0 {
			t.Fatalf("accepted a budget below one GPU-second at the maximum price")
		}
	})
}

// FuzzBidSignature: any signature text is decoded and recovered without panicking; a recovered
// signer over a bid digest is never taken for a signature that does not decode to 65 bytes.
func FuzzBidSignature(f *testing.F) {
	key, _ := crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	d := chain.EscrowDomain(big.NewInt(1337), common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	bid := chain.Bid{JobID: 1, Provider: crypto.PubkeyToAddress(key.PublicKey), PricePerGpuSecond: big.NewInt(5), Expiry: 100, Nonce: 1}
	sig, _ := chain.Sign(d.Digest(bid.StructHash()), key)
	f.Add("0x" + common.Bytes2Hex(sig))
	f.Add("0x")
	f.Add("zz")
	f.Add("0x" + common.Bytes2Hex(make([]byte, 65)))
	f.Fuzz(func(t *testing.T, text string) {
		b, err := signature(text)
		if err != nil {
			return
		}
		if len(b) != 65 {
			t.Fatalf("signature %q decoded to %d bytes", text, len(b))
		}
		signer, err := chain.Recover(d.Digest(bid.StructHash()), b)
		if err == nil && signer == bid.Provider && !bytes.Equal(b, sig) {
			t.Fatalf("a different signature %x recovered to the provider", b)
		}
	})
}

// FuzzAddress: address parsing accepts exactly 0x-prefixed 40-hex strings with a valid or absent
// checksum, and never panics.
func FuzzAddress(f *testing.F) {
	f.Add("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	f.Add("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
	f.Add("0x70997970c51812DC3A010C7d01b50e0d17dc79C8")
	f.Add("70997970c51812dc3a010c7d01b50e0d17dc79c8")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := address(s)
		if err == nil && (len(s) != 42 || !common.IsHexAddress(s) || common.HexToAddress(s) != a) {
			t.Fatalf("accepted %q as %s", s, a)
		}
	})
}
