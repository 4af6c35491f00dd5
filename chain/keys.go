package chain

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// ParseKey parses a hex private key (with or without 0x).
func ParseKey(hexKey string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("private key is not 32 bytes of hex: %w", err)
	}
	return k, nil
}

// LoadKey reads a key file: either an Ethereum keystore (JSON, decrypted with password) or a file
// holding one hex private key.
func LoadKey(path, password string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	if json.Valid(raw) {
		k, err := keystore.DecryptKey(raw, password)
		if err != nil {
			if errors.Is(err, keystore.ErrDecrypt) {
				return nil, fmt.Errorf("keystore %s: wrong password (set it with the key password variable)", path)
			}
			return nil, fmt.Errorf("keystore %s: %w", path, err)
		}
		return k.PrivateKey, nil
	}
	k, err := ParseKey(string(raw))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return k, nil
}
