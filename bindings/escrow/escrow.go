// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AuctionEscrowBid is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowBid struct {
	JobId             *big.Int
	Terms             [32]byte
	Provider          common.Address
	PricePerGpuSecond *big.Int
	Expiry            *big.Int
	Nonce             *big.Int
}

// AuctionEscrowJob is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowJob struct {
	Client            common.Address
	Provider          common.Address
	State             uint8
	Round             uint8
	GpuCount          uint16
	BiddingDeadline   *big.Int
	StartedAt         *big.Int
	EndedAt           *big.Int
	MaxPrice          *big.Int
	Budget            *big.Int
	MinProviderStake  *big.Int
	Price             *big.Int
	SettledGpuSeconds *big.Int
	Remaining         *big.Int
	SpecHash          [32]byte
}

// AuctionEscrowParams is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowParams struct {
	Treasury           common.Address
	FeeBps             uint16
	SlashMultiple      uint16
	SettlementWindow   uint32
	FailoverWindow     uint32
	ChallengeWindow    uint32
	ControllerMinStake *big.Int
}

// AuctionEscrowTerms is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowTerms struct {
	FeeBps           uint16
	SlashMultiple    uint16
	SettlementWindow uint32
	FailoverWindow   uint32
	ChallengeWindow  uint32
	Replicas         uint8
}

// AuctionEscrowUsage is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowUsage struct {
	JobId                *big.Int
	Round                *big.Int
	CumulativeGpuSeconds *big.Int
}

// AuctionEscrowUsageReport is an auto generated low-level Go binding around an user-defined struct.
type AuctionEscrowUsageReport struct {
	Provider  common.Address
	Usages    []AuctionEscrowUsage
	Signature []byte
}

// AuctionEscrowMetaData contains all meta data concerning the AuctionEscrow contract.
var AuctionEscrowMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"controllers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BID_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CONTROLLER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_GPUS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPLICAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SLASH_MULTIPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addReplica\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"award\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"awardBackup\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bidDigest\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bidNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelBidNonce\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelBidsBelow\",\"inputs\":[{\"name\":\"minNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"closeRound\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"completeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createReplicatedJob\",\"inputs\":[{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replicas\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"depositWithPermit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"endReplica\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"feesOwed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freeBalanceOf\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"job\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Job\",\"components\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"},{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"startedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"settledGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"remaining\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isController\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobTerms\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Terms\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"replicas\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobTermsHash\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBidNonce\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextJobId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recoverSigner\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reportFailure\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundEndedAt\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"roundOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"word\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"report\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.UsageReport\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleBatch\",\"inputs\":[{\"name\":\"reports\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.UsageReport[]\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stopJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sweepFees\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"topUp\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"totalFree\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalLocked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usageReportDigest\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BidNonceCancelled\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BidNoncesCancelledBelow\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"minNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BudgetToppedUp\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CollateralLocked\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Deposited\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSwept\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAwarded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bidNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobEnded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"due\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProviderPaid\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gross\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReplicaAdded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReplicaEnded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"due\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReportRejected\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageRejected\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumAuctionEscrow.Rejection\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BidExpired\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidNonceAlreadyUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidPriceOutOfRange\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidTermsMismatch\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BiddingClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"EmptyReport\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJob\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidParams\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotReplica\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProviderNotEligible\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SameProvider\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyReplicas\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"replicas\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyRounds\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"WindowOpen\",\"inputs\":[{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongState\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "AuctionEscrow",
	Bin: "0x6101a06040526001600655348015610015575f5ffd5b50604051616b4a380380616b4a83398101604081905261003491610874565b6040518060400160405280601681526020017f47696e746f6e69632041756374696f6e457363726f7700000000000000000000815250604051806040016040528060018152602001601960f91b8152506100938261024860201b60201c565b610120526100a081610248565b61014052815160208084019190912060e052815190820120610100524660a05261012c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038616158061015257506001600160a01b038516155b8061016457506001600160a01b038416155b156101825760405163d92e233d60e01b815260040160405180910390fd5b61018c5f8561028e565b506001600160a01b0380871661016052858116610180528316156101d6576101d47f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8461028e565b505b5f5b82518110156102335761022a7f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c57022335784838151811061021757610217610986565b602002602001015161028e60201b60201c565b506001016101d8565b5061023d81610337565b505050505050610aac565b5f5f829050601f8151111561027b578260405163305a27a960e01b8152600401610272919061099a565b60405180910390fd5b8051610286826109cf565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661032e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102e63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610331565b505f5b92915050565b5f46617a691480610349575046610539145b82519091506001600160a01b031661038f5760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610272565b6107d061ffff16826020015161ffff1611806103be5750600a82602001516103b791906109f5565b61ffff1615155b156103f55760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610272565b604082015161ffff1615806104165750600a61ffff16826040015161ffff16115b156104545760405163a8c278dd60e01b815260206004820152600d60248201526c736c6173684d756c7469706c6560981b6044820152606401610272565b8061046157610e10610464565b60015b61ffff16826060015163ffffffff16108061048b575062278d00826060015163ffffffff16115b156104cc5760405163a8c278dd60e01b815260206004820152601060248201526f736574746c656d656e7457696e646f7760801b6044820152606401610272565b806104d95761012c6104dc565b60015b61ffff16826080015163ffffffff161080610503575062093a80826080015163ffffffff16115b156105425760405163a8c278dd60e01b815260206004820152600e60248201526d6661696c6f76657257696e646f7760901b6044820152606401610272565b8061054f57610e10610552565b60015b61ffff168260a0015163ffffffff1610806105795750621275008260a0015163ffffffff16115b156105b95760405163a8c278dd60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610272565b801580156105dc5750683635c9adc5dea000008260c001516001600160601b0316105b1561061f5760405163a8c278dd60e01b8152602060048201526012602482015271636f6e74726f6c6c65724d696e5374616b6560701b6044820152606401610272565b8151600480546020850151604080870151606088015160808901516001600160a01b039097166001600160b01b031990951694909417600160a01b61ffff948516021765ffffffffffff60b01b1916600160b01b939091169290920263ffffffff60c01b191691909117600160c01b63ffffffff93841602176001600160e01b0316600160e01b948316949094029390931790915560a08401516005805460c0870151929093166001600160801b0319909316929092176401000000006001600160601b0390921691909102179055517fe5822424683047ea0fb1b89d696fb2617085f25de71cfe08ff6c44e44824d4679061071c908490610a24565b60405180910390a15050565b6001600160a01b038116811461073c575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156107755761077561073f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156107a3576107a361073f565b604052919050565b805161ffff811681146107bc575f5ffd5b919050565b805163ffffffff811681146107bc575f5ffd5b5f60e082840312156107e4575f5ffd5b6107ec610753565b905081516107f981610728565b8152610807602083016107ab565b6020820152610818604083016107ab565b6040820152610829606083016107c1565b606082015261083a608083016107c1565b608082015261084b60a083016107c1565b60a082015260c08201516001600160601b0381168114610869575f5ffd5b60c082015292915050565b5f5f5f5f5f5f610180878903121561088a575f5ffd5b865161089581610728565b60208801519096506108a681610728565b60408801519095506108b781610728565b60608801519094506108c881610728565b60808801519093506001600160401b038111156108e3575f5ffd5b8701601f810189136108f3575f5ffd5b80516001600160401b0381111561090c5761090c61073f565b8060051b61091c6020820161077b565b9182526020818401810192908101908c841115610937575f5ffd5b6020850194505b83851015610965578451925061095383610728565b8282526020948501949091019061093e565b809650505050505061097a8860a089016107d4565b90509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156109ef575f198160200360031b1b821691505b50919050565b5f61ffff831680610a1457634e487b7160e01b5f52601260045260245ffd5b8061ffff84160691505092915050565b5f60e08201905060018060a01b03835116825261ffff602084015116602083015261ffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a0830151610a8a60a084018263ffffffff169052565b5060c0830151610aa560c08401826001600160601b03169052565b5092915050565b60805160a05160c05160e0516101005161012051610140516101605161018051615fd7610b735f395f818161069b0152818161318a01528181613227015281816135c8015281816139e3015281816146f6015281816147bd01528181614935015261541501525f8181610a7601528181610d25015281816122f7015281816132d90152818161335401528181613452015261374501525f613b8001525f613b5001525f614b0e01525f614ae601525f614a4101525f614a6b01525f614a950152615fd75ff3fe608060405234801561000f575f5ffd5b5060043610610393575f3560e01c8063832a153d116101df578063b6b55f2511610109578063d113b95c116100a9578063d865057711610079578063d865057714610a24578063d93ac79814610a37578063e63ab1e914610a4a578063fc0c546a14610a71575f5ffd5b8063d113b95c146109ed578063d547741f146109f5578063d55be8c614610a08578063d62d320314610a11575f5ffd5b8063c65eb182116100e4578063c65eb182146108f2578063cdd85de514610905578063cf6f8fb614610918578063cff0ab9614610937575f5ffd5b8063b6b55f25146108b7578063bf22c457146108ca578063c362a056146108ea575f5ffd5b8063a1c0d32f1161017f578063b0c2aa5e1161014f578063b0c2aa5e14610860578063b2aa0bf614610869578063b3cf964214610891578063b429afeb146108a4575f5ffd5b8063a1c0d32f14610806578063a217fddf14610819578063a568ac0414610820578063afe9850c1461084d575f5ffd5b806389b04cfa116101ba57806389b04cfa146107a657806391d14854146107b957806395e7ca4c146107cc57806397aba7f9146107f3575f5ffd5b8063832a153d146107705780638456cb591461078357806384b0196e1461078b575f5ffd5b80633f4ba83a116102c05780634cf088d9116102605780635689141211610230578063568914121461072e5780635778ac84146107375780635c975abb14610752578063718c20071461075d575f5ffd5b80634cf088d914610696578063509c9902146106d557806351bb9b1e146106e8578063543e99541461070f575f5ffd5b806344833f571161029b57806344833f571461064a5780634a96a1ae1461065d5780634a970be7146106705780634ab7435f14610683575f5ffd5b80633f4ba83a1461061c578063411f090314610624578063418b89fb14610637575f5ffd5b806321a682dd116103365780632f2ff15d116103065780632f2ff15d146105e4578063326e7a85146105f7578063333e44e61461060057806336568abe14610609575f5ffd5b806321a682dd14610587578063248a9ca31461059c57806328af9da0146105be5780632e1a7d4d146105d1575f5ffd5b80630894d950116103715780630894d950146103fa578063092c5b3b1461052d5780630a4fc0f5146105415780630af7b95f14610568575f5ffd5b806301ffc9a7146103975780630447274f146103bf57806305258376146103e0575b5f5ffd5b6103aa6103a536600461549e565b610a98565b60405190151581526020015b60405180910390f35b6103d26103cd3660046154db565b610ace565b6040519081526020016103b6565b6103e8600881565b60405160ff90911681526020016103b6565b6104c26104083660046154f5565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905250505f908152600e60209081526040918290208054835160c08101855260049092015461ffff80821684526201000082041693830193909352600160201b830463ffffffff90811694830194909452600160401b830484166060830152600160601b83049093166080820152600160801b90910460ff1660a08201526001600160a01b0390911691565b604080516001600160a01b039093168352815161ffff908116602080860191909152830151168382015281015163ffffffff90811660608085019190915282015181166080808501919091528201511660a080840191909152015160ff1660c082015260e0016103b6565b6103d25f516020615fb75f395f51905f5281565b6103d27f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a81565b6103d2610576366004615530565b600c6020525f908152604090205481565b61059a610595366004615588565b610b7e565b005b6103d26105aa3660046154f5565b5f9081526020819052604090206001015490565b61059a6105cc3660046154f5565b610c62565b61059a6105df3660046154f5565b610ce7565b61059a6105f23660046155d7565b610d8c565b6103d260095481565b6103d260075481565b61059a6106173660046155d7565b610db6565b61059a610de9565b61059a610632366004615605565b610dfb565b61059a610645366004615633565b610fab565b61059a61065836600461564c565b610fd0565b61059a61066b3660046154f5565b6111fa565b61059a61067e366004615692565b611290565b61059a6106913660046156d5565b6112c5565b6106bd7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016103b6565b6103d26106e33660046154f5565b6113f8565b6103d27f3aa58e85277994213b391801af6a87b8ff8c6bfe62fc9453be9a196b636f845f81565b6103d261071d366004615530565b600a6020525f908152604090205481565b6103d260085481565b61073f60ff81565b60405161ffff90911681526020016103b6565b60015460ff166103aa565b61059a61076b3660046155d7565b6114af565b61059a61077e3660046154f5565b611569565b61059a61187c565b61079361188c565b6040516103b69796959493929190615772565b61059a6107b4366004615588565b6118ce565b6103aa6107c73660046155d7565b611a4e565b6103d27fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece81565b6106bd610801366004615605565b611a76565b61059a6108143660046154f5565b611ab6565b6103d25f81565b6103aa61082e366004615808565b600b60209081525f928352604080842090915290825290205460ff1681565b61059a61085b366004615832565b611b61565b6103d260065481565b61087c61087736600461564c565b611df9565b604080519283526020830191909152016103b6565b6103d261089f3660046158a4565b611e2e565b6103aa6108b2366004615530565b611e63565b61059a6108c53660046154f5565b611e6d565b6108dd6108d83660046154f5565b611e8e565b6040516103b69190615922565b61073f600a81565b61059a6109003660046154f5565b6120cf565b6103d2610913366004615a32565b612211565b6103d26109263660046154f5565b600d6020525f908152604090205481565b600454600554610995916001600160a01b0381169161ffff600160a01b8304811692600160b01b81049091169163ffffffff600160c01b8304811692600160e01b9004811691908116906001600160601b03600160201b9091041687565b604080516001600160a01b0398909816885261ffff9687166020890152949095169386019390935263ffffffff9182166060860152811660808501521660a08301526001600160601b031660c082015260e0016103b6565b61059a6122b2565b61059a610a033660046155d7565b61236b565b61073f6107d081565b61059a610a1f366004615588565b61238f565b61059a610a32366004615ab3565b612598565b6103d2610a45366004615ae9565b6125ef565b6103d27f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6106bd7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b1480610ac857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f610ac87f3aa58e85277994213b391801af6a87b8ff8c6bfe62fc9453be9a196b636f845f83356020850135610b0a6060870160408801615530565b866060013587608001358860a00135604051602001610b639796959493929190968752602087019590955260408601939093526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612670565b610b8661269c565b610b8e6126c0565b82355f908152600e6020526040902060018154600160a01b900460ff166006811115610bbc57610bbc6158fa565b14610bf457805460405163800b061560e01b8152610beb91863591600160a01b90910460ff1690600401615b4e565b60405180910390fd5b8054600160c01b900463ffffffff16421115610c3b578054604051639109827760e01b815285356004820152600160c01b90910463ffffffff166024820152604401610beb565b610c468435826126f5565b610c5481858585600161274f565b50610c5d612875565b505050565b335f908152600c60205260409020548111610c995760405163b988f27f60e01b815233600482015260248101829052604401610beb565b335f818152600c602052604090819020839055517fff249bf41b52c1d700c857302781a65732f55fa4925b9d09cd31eece3c9c196c90610cdc9084815260200190565b60405180910390a250565b610cef6126c0565b805f03610d0f57604051631f2a200560e01b815260040160405180910390fd5b610d188161289f565b610d4c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383612910565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2610d89612875565b50565b5f82815260208190526040902060010154610da681612945565b610db0838361294f565b50505050565b6001600160a01b0381163314610ddf5760405163334bd91960e11b815260040160405180910390fd5b610c5d82826129de565b610df1612a47565b610df9612acb565b565b610e036126c0565b610e0b612b1d565b5f838152600e6020526040902060028154600160a01b900460ff166006811115610e3757610e376158fa565b14610e6557805460405163800b061560e01b8152610beb918691600160a01b90910460ff1690600401615b4e565b600181015481546001600160a01b03909116905f90610e90908790600160a81b900460ff1684612b58565b5f818152600f6020526040812054919250610eab8242612b7b565b9050610ed08115610ebd576002610ec0565b60035b610eca8484612c3f565b90612c5e565b5f848152600f6020908152604080832093909355600d905220429055610eff816001600160601b038416615b76565b6001860180546001600160601b0392909216600160a01b026001600160a01b03928316179055855463ffffffff4216600160e01b02600167ffffffffffffff0160a01b0390911617600360a01b17808755604051918616918a917f7bf093423594797d91cfdb8786c53055cff0ded5b1fd4bbc561cf1cd4d175c5d91610f969160ff600160a81b909104169086908d908d90615b89565b60405180910390a35050505050610c5d612875565b5f610fb581612945565b610fcc610fc736849003840184615c0e565b612c88565b5050565b610fd86126c0565b5f838152600e6020526040812090610ff1858585612b58565b5f818152600f6020908152604080832054600d909252909120549192509081158061101a575080155b1561104857835460405163800b061560e01b8152610beb918991600160a01b90910460ff1690600401615b4e565b8354600160a81b900460ff1686148015611071575060018401546001600160a01b038681169116145b8015611099575060048454600160a01b900460ff166006811115611097576110976158fa565b145b156110c757835460405163800b061560e01b8152610beb918991600160a01b90910460ff1690600401615b4e565b60048401545f906110e590600160201b900463ffffffff1683615cc9565b9050428111801590816111015750336001600160a01b03881614155b156111225760405163b317256b60e01b815260048101839052602401610beb565b600261112d85613081565b600381111561113e5761113e6158fa565b03611185576111526003610eca865f612c3f565b5f868152600f60205260409020558554611185908a906001600160a01b03166001600160601b038716613098565b613098565b80156111a85760048601546111a8908690600160201b900463ffffffff16613145565b866001600160a01b0316897fc72febc16932319f99a6a4091ee8a40a580ad118229a458865670b2aa508797c8a6040516111e491815260200190565b60405180910390a3505050505050610c5d612875565b335f908152600b6020908152604080832084845290915290205460ff161561123e5760405163b988f27f60e01b815233600482015260248101829052604401610beb565b335f818152600b60209081526040808320858452825291829020805460ff1916600117905590518381527fbb0ccc7c7fa13adb3fc1c8b161cd2ee8ff5df39b54aeb6fd23b6a62383746f399101610cdc565b61129861269c565b6112a06126c0565b6112ad8585858585613299565b6112b6856133e9565b6112be612875565b5050505050565b6112cd6126c0565b5f5f5f5b838110156113e3575f5f6113078787858181106112f0576112f0615cdc565b90506020028101906113029190615cf0565b6134ac565b915091508161138b5786868481811061132257611322615cdc565b90506020028101906113349190615cf0565b611342906020810190615530565b6001600160a01b03167f17622ba0b7fbf9e5092afe4dc841cebefdc53eab7cf14ef7dfb6e45222daba9d8260405161137c91815260200190565b60405180910390a250506113db565b5f5f6113b98989878181106113a2576113a2615cdc565b90506020028101906113b49190615cf0565b613675565b90925090506113c88288615cc9565b96506113d48187615cc9565b9550505050505b6001016112d1565b506113ee82826137b9565b5050610fcc612875565b5f818152600e6020908152604080832080546003820154600283015484519586018890526001600160a01b0383169486019490945260608501526001600160401b0383166080850152600160b01b810461ffff1660a0850152600160401b83046001600160601b0390811660c0860152600160c01b90910463ffffffff1660e0850152600160a01b909204909116610100830152906101200160405160208183030381529060405280519060200120915050919050565b6114b76126c0565b5f828152600e602052604090206114ce83826126f5565b5f838152601060205260408120905b815481101561153557836001600160a01b031682828154811061150257611502615cdc565b905f5260205f2001546001600160a01b03160361152d57611525858484846137ed565b505050611561565b6001016114dd565b50604051631925c6e160e01b8152600481018590526001600160a01b0384166024820152604401610beb565b610fcc612875565b6115716126c0565b5f818152600e602052604090208054600160a01b900460ff16600481600681111561159e5761159e6158fa565b0361161457600482015482545f916115ce9163ffffffff600160201b909204821691600160e01b90910416615cc9565b60018401549091506001600160a01b031633148015906115ed57508042105b1561160e5760405163b317256b60e01b815260048101829052602401610beb565b506117b6565b6003816006811115611628576116286158fa565b036116a457600482015482545f916116589163ffffffff600160401b909204821691600160e01b90910416615cc9565b83549091506001600160a01b0316331480159061167457508042105b80156115ed575061168433613990565b61160e5760405163b317256b60e01b815260048101829052602401610beb565b60028160068111156116b8576116b86158fa565b0361179957815460018301545f916116e5918691600160a81b900460ff16906001600160a01b0316612b58565b5f818152600f60205260409020549091506001600160601b03161561172157838260405163800b061560e01b8152600401610beb929190615b4e565b82546001600160e01b0316600160e01b4263ffffffff8116919091029190911784555f828152600d6020908152604091829020839055905164ffffffffff9092168252339186917f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f910160405180910390a3506117b6565b828160405163800b061560e01b8152600401610beb929190615b4e565b815460ff60a01b1916600560a01b17825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a26003816006811115611805576118056158fa565b1461185e57815460018301545f91611832918691600160a81b900460ff16906001600160a01b0316612b58565b905061183f848483613a54565b600483015461185c908290600160201b900463ffffffff16613145565b505b6118688383613aa3565b6118728383613ad9565b5050610d89612875565b611884612a47565b610df9613b0e565b5f6060805f5f5f606061189d613b49565b6118a5613b79565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6118d661269c565b6118de6126c0565b82355f908152600e6020526040902060038154600160a01b900460ff16600681111561190c5761190c6158fa565b1461193b57805460405163800b061560e01b8152610beb91863591600160a01b90910460ff1690600401615b4e565b6001810154600160a01b90046001600160601b03165f03611989576040516333991d4960e11b81526020600482015260076024820152667265736572766560c81b6044820152606401610beb565b60018101546001600160a01b03166119a76060860160408701615530565b6001600160a01b0316036119ea576119c56060850160408601615530565b604051637c7a480960e11b81526001600160a01b039091166004820152602401610beb565b805460fe19600160a81b90910460ff1601611a1b5760405163383ef42960e11b815284356004820152602401610beb565b611a268435826126f5565b8054610c54908290869086908690611a4990600160a81b900460ff166001615d0e565b61274f565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f5f611a84868686613ba4565b5090925090505f816003811115611a9d57611a9d6158fa565b14611aa8575f611aaa565b815b925050505b9392505050565b611abe6126c0565b5f818152600e6020526040902060018101546001600160a01b03163314611b015760405163589e27a160e01b815260048101839052336024820152604401610beb565b60028154600160a01b900460ff166006811115611b2057611b206158fa565b14611b4e57805460405163800b061560e01b8152610beb918491600160a01b90910460ff1690600401615b4e565b611b588282613beb565b50610d89612875565b611b6961269c565b611b716126c0565b5f868152600e6020526040902080546001600160a01b03163314611bb15760405163589e27a160e01b815260048101889052336024820152604401610beb565b8054600160a01b900460ff165f816006811115611bd057611bd06158fa565b1480611bed57506003816006811115611beb57611beb6158fa565b115b15611c0f57878160405163800b061560e01b8152600401610beb929190615b4e565b8515611c2b57611c228787878787613299565b611c2b876133e9565b865f03611c4b57604051631f2a200560e01b815260040160405180910390fd5b611c548761289f565b8660085f828254611c659190615cc9565b9091555050600282018054889190600890611c91908490600160401b90046001600160601b0316615d27565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555060026006811115611cc857611cc86158fa565b816006811115611cda57611cda6158fa565b03611d4d57815460018301545f91611d07918b91600160a81b900460ff16906001600160a01b0316612b58565b5f818152600f6020526040902054909150611d35611d2e8a6001600160601b038416615cc9565b8290612c3f565b5f928352600f60205260409092209190915550611d98565b868260010160148282829054906101000a90046001600160601b0316611d739190615d27565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b600282015460408051898152600160401b9092046001600160601b0316602083015289917fefa405330b64dc96a6914bc4168f4b35aaf09dfa35ec08b5bfa2a56d7f0466b1910160405180910390a25050611df1612875565b505050505050565b5f5f5f611e07868686612b58565b5f908152600f6020908152604080832054600d909252909120549097909650945050505050565b5f611e3761269c565b611e3f6126c0565b611e4f8787878787876001613d6a565b9050611e59612875565b9695505050505050565b5f610ac882613990565b611e7561269c565b611e7d6126c0565b611e86816133e9565b610d89612875565b611f16604080516101e0810182525f80825260208201819052909182019081526020015f60ff1681526020015f61ffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f828152600e602052604081208054909190600160a81b900460ff1615611f765781546001830154600f915f91611f63918891600160a81b90910460ff16906001600160a01b0316612b58565b81526020019081526020015f2054611f78565b5f5b604080516101e08101825284546001600160a01b03808216835260018701541660208301529293509190820190600160a01b900460ff166006811115611fc057611fc06158fa565b8152835460ff600160a81b820416602083015261ffff600160b01b820416604083015263ffffffff600160c01b9091041660608201526080016120098360d01c63ffffffff1690565b64ffffffffff168152835463ffffffff600160e01b90910416602082015260028401546001600160401b03811660408301526001600160601b03600160401b820481166060840152600160a01b90910416608082015260a0016120758360601c6001600160401b031690565b815260200161208b8360a01c64ffffffffff1690565b81526020016001600160601b03831660018501546120b99190600160a01b90046001600160601b0316615cc9565b8152602001836003015481525092505050919050565b6120d76126c0565b5f818152600e6020526040902080546001600160a01b031633146121175760405163589e27a160e01b815260048101839052336024820152604401610beb565b8054600160a01b900460ff166001816006811115612137576121376158fa565b0361218657815460ff60a01b1916600360a11b17825560405183907f58243f872c550ad02802199ade99eb4250f6bb19e9abbf2d3de7b969c0eb5e4f905f90a26121818383613ad9565b611872565b600281600681111561219a5761219a6158fa565b036121a9576121818383613beb565b60038160068111156121bd576121bd6158fa565b0361179957815460ff60a01b1916600560a01b17825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a26122078383613aa3565b6121818383613ad9565b5f8181816001600160401b0381111561222c5761222c615bc8565b604051908082528060200260200182016040528015612255578160200160208202803683370190505b5090505f5b828110156122a75761228286868381811061227757612277615cdc565b905060600201614329565b82828151811061229457612294615cdc565b602090810291909101015260010161225a565b50611aaa8682614365565b6122ba6126c0565b6009545f8190036122de57604051631f2a200560e01b815260040160405180910390fd5b5f6009556004546001600160a01b039081169061231e907f0000000000000000000000000000000000000000000000000000000000000000168284612910565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161235991815260200190565b60405180910390a25050610df9612875565b5f8281526020819052604090206001015461238581612945565b610db083836129de565b61239761269c565b61239f6126c0565b82355f818152600e602052604090208054600160a01b900460ff1660028160068111156123ce576123ce6158fa565b141580156123ee575060038160068111156123eb576123eb6158fa565b14155b1561241057828160405163800b061560e01b8152600401610beb929190615b4e565b5f8381526010602052604081208054600485015491929161243b9190600160801b900460ff16615b76565b90506002811015612476576004848101546040516310dc853160e01b8152918201879052600160801b900460ff166024820152604401610beb565b61248085856126f5565b61249a858561249560608c0160408d01615530565b6143de565b5f6124bb868660028760068111156124b4576124b46158fa565b14856144b9565b90506124db858a8a8a895f0160159054906101000a900460ff16866145fa565b826124ec60608b0160408c01615530565b865482546001810184555f93845260209093206001600160a01b0392909216600160a81b90910460a01b60ff60a01b161791015561253060608a0160408b01615530565b855460408051600160a81b90920460ff16825260608c810135602084015260a08d01359183019190915281018390526001600160a01b03919091169087907f257ada6588fa1d7bab02c30702d12f589d92858e77826cc03728795b4903ce8a906080016111e4565b6125a06126c0565b5f6125aa826134ac565b509050806125cb57604051638baa579f60e01b815260040160405180910390fd5b5f5f6125d684613675565b915091506125e482826137b9565b505050610d89612875565b5f6125f861269c565b6126006126c0565b60ff821615806126135750600860ff8316115b1561264c576040516333991d4960e11b81526020600482015260086024820152677265706c6963617360c01b6044820152606401610beb565b61265b88888888888888613d6a565b9050612665612875565b979650505050505050565b5f610ac861267c614a35565b8360405161190160f01b8152600281019290925260228201526042902090565b60015460ff1615610df95760405163d93c066560e01b815260040160405180910390fd5b6126c8614b5e565b610df960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614b9e565b80546001600160a01b0316330361270a575050565b6127215f516020615fb75f395f51905f5233611a4e565b6127475760405163589e27a160e01b815260048101839052336024820152604401610beb565b610fcc612b1d565b6127658435866124956060880160408901615530565b61279385858585858a60010160149054906101000a90046001600160601b03166001600160601b03166145fa565b6001850180546001600160a01b031690556127b46060850160408601615530565b6001860180546001600160a01b0319166001600160a01b03929092169190911790558454600160a11b600167ffffffffffff000160a01b03909116600160a81b60ff8416026001600160e01b0316171785556128166060850160408601615530565b6040805160ff84168152606087810135602083015260a08801358284015291516001600160a01b0393909316928735927fe7ee3fd5e56bd1b8c2cd9b8333cc426a8ea01eb7190c12f50facb64cb15a3f75928290030190a35050505050565b610df95f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006126ef565b335f908152600a6020526040902054818110156128d95760405163cf47918160e01b81526004810182905260248101839052604401610beb565b6128e38282615b76565b335f908152600a602052604081209190915560078054849290612907908490615b76565b90915550505050565b61291d8383836001614ba5565b610c5d57604051635274afe760e01b81526001600160a01b0384166004820152602401610beb565b610d898133614c07565b5f61295a8383611a4e565b6129d7575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561298f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610ac8565b505f610ac8565b5f6129e98383611a4e565b156129d7575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610ac8565b612a717f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a33611a4e565b158015612a855750612a835f33611a4e565b155b15610df95760405163e2517d3f60e01b81523360048201527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6024820152604401610beb565b612ad3614c40565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b612b2633613990565b610df95760405163e2517d3f60e01b81523360048201525f516020615fb75f395f51905f526024820152604401610beb565b6040805193845260208401929092526001600160a01b0316908201526060902090565b5f6001600160601b0383166001612b9185613081565b6003811115612ba257612ba26158fa565b14612bae579050610ac8565b5f612bbf8560d01c63ffffffff1690565b612bc99085615b76565b612bd68660f01c60ff1690565b612be09190615d46565b90505f612bf48660a01c64ffffffffff1690565b9050808211612c08575f9350505050610ac8565b5f612c1c8760601c6001600160401b031690565b612c268385615b76565b612c309190615d46565b9050838110611e595783612665565b6001600160601b03166bffffffffffffffffffffffff19919091161790565b5f60f8826003811115612c7357612c736158fa565b6001600160f81b038516911b17905092915050565b5f46617a691480612c9a575046610539145b82519091506001600160a01b0316612ce05760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610beb565b6107d061ffff16826020015161ffff161180612d0f5750600a8260200151612d089190615d71565b61ffff1615155b15612d465760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610beb565b604082015161ffff161580612d675750600a61ffff16826040015161ffff16115b15612da55760405163a8c278dd60e01b815260206004820152600d60248201526c736c6173684d756c7469706c6560981b6044820152606401610beb565b80612db257610e10612db5565b60015b61ffff16826060015163ffffffff161080612ddc575062278d00826060015163ffffffff16115b15612e1d5760405163a8c278dd60e01b815260206004820152601060248201526f736574746c656d656e7457696e646f7760801b6044820152606401610beb565b80612e2a5761012c612e2d565b60015b61ffff16826080015163ffffffff161080612e54575062093a80826080015163ffffffff16115b15612e935760405163a8c278dd60e01b815260206004820152600e60248201526d6661696c6f76657257696e646f7760901b6044820152606401610beb565b80612ea057610e10612ea3565b60015b61ffff168260a0015163ffffffff161080612eca5750621275008260a0015163ffffffff16115b15612f0a5760405163a8c278dd60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610beb565b80158015612f2d5750683635c9adc5dea000008260c001516001600160601b0316105b15612f705760405163a8c278dd60e01b8152602060048201526012602482015271636f6e74726f6c6c65724d696e5374616b6560701b6044820152606401610beb565b8151600480546020850151604080870151606088015160808901516001600160a01b039097166001600160b01b031990951694909417600160a01b61ffff948516021765ffffffffffff60b01b1916600160b01b939091169290920263ffffffff60c01b191691909117600160c01b63ffffffff93841602176001600160e01b0316600160e01b948316949094029390931790915560a08401516005805460c0870151929093166fffffffffffffffffffffffffffffffff1990931692909217600160201b6001600160601b0390921691909102179055517fe5822424683047ea0fb1b89d696fb2617085f25de71cfe08ff6c44e44824d46790613075908490615d94565b60405180910390a15050565b5f60f882901c6003811115610ac857610ac86158fa565b805f036130a457505050565b6001600160a01b0382165f908152600a6020526040812080548392906130cb908490615cc9565b925050819055508060085f8282546130e39190615b76565b925050819055508060075f8282546130fb9190615cc9565b90915550506040518181526001600160a01b0383169084907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a3505050565b5f828152600d602052604090205480158061316857506131658282615cc9565b42105b1561317257505050565b60405163ed5e843760e01b8152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ed5e8437906024016040805180830381865afa1580156131d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131fa9190615e1c565b5090506001600160a01b0381166132115750505050565b60405163764dad9d60e11b8152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ec9b5b3a906024016020604051808303815f875af1158015613275573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112be9190615e49565b60405163d505accf60e01b8152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015613322575f5ffd5b505af1925050508015613333575060015b6112be57604051636eb1769f60e11b815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa1580156133a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133c59190615e49565b10156133e45760405163b78cb0dd60e01b815260040160405180910390fd5b6112be565b805f0361340957604051631f2a200560e01b815260040160405180910390fd5b335f908152600a602052604081208054839290613427908490615cc9565b925050819055508060075f82825461343f9190615cc9565b9091555061347a90506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084614c63565b60405181815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c490602001610cdc565b5f8036816134bd6020860186615e60565b9092509050805f8190036134e35760405162bf199760e01b815260040160405180910390fd5b5f816001600160401b038111156134fc576134fc615bc8565b604051908082528060200260200182016040528015613525578160200160208202803683370190505b5090505f5b8281101561356c5761354785858381811061227757612277615cdc565b82828151811061355957613559615cdc565b602090810291909101015260010161352a565b5061358361357d6020890189615530565b82614365565b94505f8061359d8761359860408c018c615ea4565b613ba4565b5090925090505f8160038111156135b6576135b66158fa565b14801561366857506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016634e6211f46135fa60208c018c615530565b6040516001600160e01b031960e084901b1681526001600160a01b0391821660048201529085166024820152604401602060405180830381865afa158015613644573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136689190615ee6565b9750505050505050915091565b5f8036816136866020860186615e60565b90925090505f6136996020870187615530565b90505f5f5b838110156136fd575f5f6136c9858888868181106136be576136be615cdc565b905060600201614c99565b90925090506136d8828a615cc9565b98506136e48183615d46565b6136ee9085615cc9565b9350505080600101905061369e565b50855f0361371357505f96879650945050505050565b61271061372182600a615d46565b61372b9190615f05565b945061376c8261373b8789615b76565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190612910565b60408051878152602081018790526001600160a01b038416917ff98523616928d1bf6df4ca7f7ba5e65b317b55df50ccc1ab79c24f7dcdb8acd2910160405180910390a250505050915091565b815f036137c4575050565b8160085f8282546137d59190615b76565b925050819055508060095f8282546129079190615cc9565b5f82828154811061380057613800615cdc565b5f9182526020822001549150819060a082901c906138228860ff841685612b58565b5f818152600f602052604081205491925061383d8242612b7b565b905061384f8115610ebd576002610ec0565b5f848152600f6020908152604080832093909355600d90522042905561387e816001600160601b038416615b76565b60018a0180546014906138a2908490600160a01b90046001600160601b0316615d27565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555087600189805490506138d89190615b76565b815481106138e8576138e8615cdc565b905f5260205f20015488888154811061390357613903615cdc565b905f5260205f2001819055508780548061391f5761391f615f18565b600190038181905f5260205f20015f90559055846001600160a01b03168a7ffd6833c956203250c3f558c18ac1ac69aedd24bbada8d0f62c7439054e5ccdd9868460405161397c92919060ff929092168252602082015260400190565b60405180910390a350505050505050505050565b5f6139a85f516020615fb75f395f51905f5283611a4e565b8015610ac85750600554604051630213119b60e51b81526001600160a01b038481166004830152600160201b9092046001600160601b0316917f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015613a28573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613a4c9190615e49565b101592915050565b5f818152600f602052604081205490613a7590600390610eca908490612c3f565b5f838152600f60205260409020558254610db09085906001600160a01b03166001600160601b038416613098565b5f8281526010602052604090205b805415610c5d57613ad483838360018580549050613acf9190615b76565b6137ed565b613ab1565b6001810180546001600160a01b038082169092558254600160a01b9091046001600160601b031691610c5d9185911683613098565b613b1661269c565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833612b00565b6060613b747f0000000000000000000000000000000000000000000000000000000000000000614f31565b905090565b6060613b747f0000000000000000000000000000000000000000000000000000000000000000614f31565b5f80806041849003613bd8578435602086013560408701355f1a613bca89828585614f6e565b955095509550505050613be2565b505f915060029050825b93509350939050565b805460018201545f91613c13918591600160a81b900460ff16906001600160a01b0316612b58565b5f818152600f6020526040812054919250613c2e8242612b7b565b90508015613c4e81613c41576002613c44565b60035b610eca8585612c3f565b5f858152600f6020908152604080832093909355600d90522042905580613c76576004613c79565b60055b8554869060ff60a01b1916600160a01b836006811115613c9b57613c9b6158fa565b021790555084546001600160e01b0316600160e01b4263ffffffff81169190910291909117865560405164ffffffffff9091168152339087907f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f9060200160405180910390a38015613d325760405186907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a25b8454613d569087906001600160a01b0316611180856001600160601b038816615b76565b613d608686613aa3565b611df18686613ad9565b5f61ffff86161580613d80575060ff61ffff8716115b15613db9576040516333991d4960e11b815260206004820152600860248201526719dc1d50dbdd5b9d60c21b6044820152606401610beb565b861580613dcc57506001600160401b0387115b15613e05576040516333991d4960e11b81526020600482015260086024820152676d6178507269636560c01b6044820152606401610beb565b845f03613e3e576040516333991d4960e11b8152602060048201526006602482015265189d5919d95d60d21b6044820152606401610beb565b428464ffffffffff16111580613e5e575063ffffffff64ffffffffff8516115b15613e9e576040516333991d4960e11b815260206004820152600f60248201526e62696464696e67446561646c696e6560881b6044820152606401610beb565b6001600160601b03831115613ee9576040516333991d4960e11b815260206004820152601060248201526f6d696e50726f76696465725374616b6560801b6044820152606401610beb565b613ef28561289f565b8460085f828254613f039190615cc9565b909155505060068054905f613f1783615f2c565b909155505f818152600e6020526040902080546001600160a01b031981163390811783559293509091600191839160ff60a01b19166001600160a81b031990911617600160a01b83021790555086815f0160166101000a81548161ffff021916908361ffff16021790555084815f0160186101000a81548163ffffffff021916908363ffffffff160217905550858160010160146101000a8154816001600160601b0302191690836001600160601b0316021790555087816002015f6101000a8154816001600160401b0302191690836001600160401b03160217905550858160020160086101000a8154816001600160601b0302191690836001600160601b03160217905550838160020160146101000a8154816001600160601b0302191690836001600160601b031602179055508881600301819055505f60046040518060e00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900461ffff1661ffff1661ffff1681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a90046001600160601b03166001600160601b03166001600160601b03168152505090506040518060c00160405280826020015161ffff168152602001826040015161ffff168152602001826060015163ffffffff168152602001826080015163ffffffff1681526020018260a0015163ffffffff1681526020018560ff16815250826004015f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160086101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f01600c6101000a81548163ffffffff021916908363ffffffff16021790555060a0820151815f0160106101000a81548160ff021916908360ff160217905550905050336001600160a01b0316837f445c25f6f82008aa5b5493cb52aa667318c46091490470973e0a9c4d11fa16078c8c8c8c8c8c60405161431496959493929190958652602086019490945261ffff929092166040850152606084015264ffffffffff16608083015260a082015260c00190565b60405180910390a35050979650505050505050565b6040517f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a8082525f916060846020830137608090209392505050565b5f611aaf7fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece848460405160200161439c9190615f44565b60405160208183030381529060405280519060200120604051602001610b63939291909283526001600160a01b03919091166020830152604082015260600190565b60018201546001600160a01b038281169116148015614419575060028254600160a01b900460ff166006811115614417576144176158fa565b145b1561444257604051637c7a480960e11b81526001600160a01b0382166004820152602401610beb565b5f838152601060205260408120905b81548110156112be57826001600160a01b031682828154811061447657614476615cdc565b905f5260205f2001546001600160a01b0316036144b157604051637c7a480960e11b81526001600160a01b0384166004820152602401610beb565b600101614451565b60018301545f90600160a01b90046001600160601b0316808280861561453d5787546001890154614500918b91600160a81b90910460ff16906001600160a01b0316612b58565b5f818152600f6020526040902054909250905061451d8142612b7b565b614530906001600160601b038316615b76565b61453a9084615cc9565b92505b6145478684615f05565b9450845f03614582576040516333991d4960e11b8152602060048201526006602482015265189d5919d95d60d21b6044820152606401610beb565b838511156145bc576145aa6145978587615b76565b611d2e906001600160601b038416615b76565b5f838152600f60205260409020558493505b6145c68585615b76565b8860010160146101000a8154816001600160601b0302191690836001600160601b0316021790555050505050949350505050565b61460686868686615036565b5f614625863560ff851661462060608a0160408b01615530565b612b58565b5f818152600f60205260409020549091501561464b576119c56060870160408801615530565b6040805160c081018252600489015461ffff8082168352620100008204811660208401819052600160201b830463ffffffff90811695850195909552600160401b830485166060808601829052600160601b85049096166080860152600160801b90930460ff1660a08501528b5493945f94600160b01b9004909216916146d691908c013590615d46565b6146e09190615d46565b6146ea9190615d46565b90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d80a843461472b60608b0160408c01615530565b60028c015460405160e084901b6001600160e01b03191681526001600160a01b039092166004830152600160a01b90046001600160601b03166024820152604401602060405180830381865afa158015614787573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906147ab9190615ee6565b158061485a5750806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663631de7d16147f260608c0160408d01615530565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015614834573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906148589190615e49565b105b156148945761486f6060890160408a01615530565b604051635320c0a960e11b81526001600160a01b039091166004820152602401610beb565b6001600b5f6148a960608c0160408d01615530565b6001600160a01b0316815260208082019290925260409081015f90812060a08d013582529092528120805460ff1916921515929092179091558954835161491792879260608d0135924291600160b01b900461ffff169061490c90600a90615f79565b61ffff1660016151d2565b5f848152600f60205260409020558015614a2a576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a80de0e861496a60608b0160408c01615530565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260248101869052604481018490526064015f604051808303815f87803b1580156149b6575f5ffd5b505af11580156149c8573d5f5f3e3d5ffd5b506149dd925050506060890160408a01615530565b6040805160ff88168152602081018490526001600160a01b0392909216918a35917f6f260c775c4f360f81a40954aa3fccb40396455702700e2c0e1749f31b87818b910160405180910390a35b505050505050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015614a8d57507f000000000000000000000000000000000000000000000000000000000000000046145b15614ab757507f000000000000000000000000000000000000000000000000000000000000000090565b613b74604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610df957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614bfb578383151615614bef573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b614c118282611a4e565b610fcc5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610beb565b60015460ff16610df957604051638dfc202b60e01b815260040160405180910390fd5b614c7184848484600161523b565b610db057604051635274afe760e01b81526001600160a01b0385166004820152602401610beb565b5f80823581614cad82602087013588612b58565b5f818152600f6020526040812054919250614cc782613081565b905060408701356001826003811115614ce257614ce26158fa565b03614d2d575f614cf88460d01c63ffffffff1690565b614d029042615b76565b614d0f8560f01c60ff1690565b614d199190615d46565b905080821115614d27578091505b50614dcf565b6002826003811115614d4157614d416158fa565b03614db1575f614d5a8460601c6001600160401b031690565b6001614d6f8660601c6001600160401b031690565b614d82906001600160601b038816615cc9565b614d8c9190615b76565b614d969190615f05565b614da78560a01c64ffffffffff1690565b614d199190615cc9565b614dc08589602001358b6152a8565b5f965096505050505050614f2a565b5f614de18460a01c64ffffffffff1690565b9050808211614e3e57896001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f7996003604051614e259190615f9c565b60405180910390a35f5f97509750505050505050614f2a565b614e4b8460c81c60ff1690565b9650614e608460601c6001600160401b031690565b614e6a8284615b76565b614e749190615d46565b97506001600160601b03841680891115614e8c578098505b614ed5614e998a83615b76565b60a085901b64ffffffffff60a01b166001600160601b0390911678ffffffffff0000000000000000ffffffffffffffffffffffff198816171790565b5f878152600f60209081526040918290209290925580518581529182018b905288917fd03d12e1ad8364f3d22f8633800f95b3ded5f3a5b3e13f97e24222c75dd32739910160405180910390a2505050505050505b9250929050565b60605f614f3d83615399565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614fa757505f9150600390508261502c565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614ff8573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661502357505f92506001915082905061502c565b92505f91508190505b9450945094915050565b826080013542111561506157604051633929997b60e21b815260808401356004820152602401610beb565b60608301351580615082575060028401546001600160401b03166060840135115b156150bb57600284015460405163132df88360e11b8152606085013560048201526001600160401b039091166024820152604401610beb565b6150c583356113f8565b8360200135146150eb576040516304a4fb3960e41b815283356004820152602401610beb565b600b5f6150fe6060860160408701615530565b6001600160a01b0316815260208082019290925260409081015f90812060a0870135825290925290205460ff168061516b5750600c5f6151446060860160408701615530565b6001600160a01b03166001600160a01b031681526020019081526020015f20548360a00135105b156151af576151806060840160408501615530565b60405163b988f27f60e01b81526001600160a01b03909116600482015260a08401356024820152604401610beb565b610db06151bb84610ace565b83836151cd6060880160408901615530565b6153c0565b5f60f88260038111156151e7576151e76158fa565b901b60f060ff8616901b60d063ffffffff8816901b60c860ff8716901b60a064ffffffffff8b16901b60606001600160401b038d16901b6001600160601b038e161717171717179050979650505050505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661529757838315161561528b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f838152600e6020526040812080548290600160a81b900460ff16851480156152e1575060018201546001600160a01b03858116911614155b156152ed57505f61534c565b8154600160a81b900460ff1685148015906153225750600f5f615311888888612b58565b81526020019081526020015f20545f145b1561532e57505f61534c565b8154600160a81b900460ff1685146153485750600261534c565b5060015b836001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f799836040516153869190615f9c565b60405180910390a3505f95945050505050565b5f60ff8216601f811115610ac857604051632cd44ac360e21b815260040160405180910390fd5b5f5f6153cd868686613ba4565b5090925090505f8160038111156153e6576153e66158fa565b1415806154805750604051631398847d60e21b81526001600160a01b03848116600483015283811660248301527f00000000000000000000000000000000000000000000000000000000000000001690634e6211f490604401602060405180830381865afa15801561545a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061547e9190615ee6565b155b15611df157604051638baa579f60e01b815260040160405180910390fd5b5f602082840312156154ae575f5ffd5b81356001600160e01b031981168114611aaf575f5ffd5b5f60c082840312156154d5575f5ffd5b50919050565b5f60c082840312156154eb575f5ffd5b611aaf83836154c5565b5f60208284031215615505575f5ffd5b5035919050565b6001600160a01b0381168114610d89575f5ffd5b803561552b8161550c565b919050565b5f60208284031215615540575f5ffd5b8135611aaf8161550c565b5f5f83601f84011261555b575f5ffd5b5081356001600160401b03811115615571575f5ffd5b602083019150836020828501011115614f2a575f5ffd5b5f5f5f60e0848603121561559a575f5ffd5b6155a485856154c5565b925060c08401356001600160401b038111156155be575f5ffd5b6155ca8682870161554b565b9497909650939450505050565b5f5f604083850312156155e8575f5ffd5b8235915060208301356155fa8161550c565b809150509250929050565b5f5f5f60408486031215615617575f5ffd5b8335925060208401356001600160401b038111156155be575f5ffd5b5f60e0828403128015615644575f5ffd5b509092915050565b5f5f5f6060848603121561565e575f5ffd5b833592506020840135915060408401356156778161550c565b809150509250925092565b803560ff8116811461552b575f5ffd5b5f5f5f5f5f60a086880312156156a6575f5ffd5b85359450602086013593506156bd60408701615682565b94979396509394606081013594506080013592915050565b5f5f602083850312156156e6575f5ffd5b82356001600160401b038111156156fb575f5ffd5b8301601f8101851361570b575f5ffd5b80356001600160401b03811115615720575f5ffd5b8560208260051b8401011115615734575f5ffd5b6020919091019590945092505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61579060e0830189615744565b82810360408401526157a28189615744565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156157f75783518352602093840193909201916001016157d9565b50909b9a5050505050505050505050565b5f5f60408385031215615819575f5ffd5b82356158248161550c565b946020939093013593505050565b5f5f5f5f5f5f60c08789031215615847575f5ffd5b86359550602087013594506040870135935061586560608801615682565b9598949750929560808101359460a0909101359350915050565b803561ffff8116811461552b575f5ffd5b803564ffffffffff8116811461552b575f5ffd5b5f5f5f5f5f5f60c087890312156158b9575f5ffd5b86359550602087013594506158d06040880161587f565b9350606087013592506158e560808801615890565b9598949750929591949360a090920135925050565b634e487b7160e01b5f52602160045260245ffd5b6007811061591e5761591e6158fa565b9052565b81516001600160a01b031681526101e08101602083015161594e60208401826001600160a01b03169052565b506040830151615961604084018261590e565b506060830151615976606084018260ff169052565b50608083015161598c608084018261ffff169052565b5060a08301516159a560a084018264ffffffffff169052565b5060c08301516159be60c084018264ffffffffff169052565b5060e08301516159d760e084018264ffffffffff169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516101c083015292915050565b5f5f5f60408486031215615a44575f5ffd5b8335615a4f8161550c565b925060208401356001600160401b03811115615a69575f5ffd5b8401601f81018613615a79575f5ffd5b80356001600160401b03811115615a8e575f5ffd5b866020606083028401011115615aa2575f5ffd5b939660209190910195509293505050565b5f60208284031215615ac3575f5ffd5b81356001600160401b03811115615ad8575f5ffd5b820160608185031215611aaf575f5ffd5b5f5f5f5f5f5f5f60e0888a031215615aff575f5ffd5b8735965060208801359550615b166040890161587f565b945060608801359350615b2b60808901615890565b925060a08801359150615b4060c08901615682565b905092959891949750929550565b82815260408101611aaf602083018461590e565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ac857610ac8615b62565b60ff8516815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52604160045260245ffd5b803563ffffffff8116811461552b575f5ffd5b6001600160601b0381168114610d89575f5ffd5b803561552b81615bef565b5f60e0828403128015615c1f575f5ffd5b5060405160e081016001600160401b0381118282101715615c4e57634e487b7160e01b5f52604160045260245ffd5b604052615c5a83615520565b8152615c686020840161587f565b6020820152615c796040840161587f565b6040820152615c8a60608401615bdc565b6060820152615c9b60808401615bdc565b6080820152615cac60a08401615bdc565b60a0820152615cbd60c08401615c03565b60c08201529392505050565b80820180821115610ac857610ac8615b62565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112615d04575f5ffd5b9190910192915050565b60ff8181168382160190811115610ac857610ac8615b62565b6001600160601b038181168382160190811115610ac857610ac8615b62565b8082028115828204841417610ac857610ac8615b62565b634e487b7160e01b5f52601260045260245ffd5b5f61ffff831680615d8457615d84615d5d565b8061ffff84160691505092915050565b5f60e08201905060018060a01b03835116825261ffff602084015116602083015261ffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a0830151615dfa60a084018263ffffffff169052565b5060c0830151615e1560c08401826001600160601b03169052565b5092915050565b5f5f60408385031215615e2d575f5ffd5b8251615e388161550c565b60208401519092506155fa81615bef565b5f60208284031215615e59575f5ffd5b5051919050565b5f5f8335601e19843603018112615e75575f5ffd5b8301803591506001600160401b03821115615e8e575f5ffd5b6020019150606081023603821315614f2a575f5ffd5b5f5f8335601e19843603018112615eb9575f5ffd5b8301803591506001600160401b03821115615ed2575f5ffd5b602001915036819003821315614f2a575f5ffd5b5f60208284031215615ef6575f5ffd5b81518015158114611aaf575f5ffd5b5f82615f1357615f13615d5d565b500490565b634e487b7160e01b5f52603160045260245ffd5b5f60018201615f3d57615f3d615b62565b5060010190565b81515f90829060208501835b82811015615f6e578151845260209384019390910190600101615f50565b509195945050505050565b5f61ffff831680615f8c57615f8c615d5d565b8061ffff84160491505092915050565b6020810160048310615fb057615fb06158fa565b9190529056fe7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c570223357",
}

// AuctionEscrow is an auto generated Go binding around an Ethereum contract.
type AuctionEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AuctionEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewAuctionEscrow creates a new instance of AuctionEscrow.
func NewAuctionEscrow() *AuctionEscrow {
	parsed, err := AuctionEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AuctionEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AuctionEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address staking_, address admin, address guardian, address[] controllers, (address,uint16,uint16,uint32,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) PackConstructor(token_ common.Address, staking_ common.Address, admin common.Address, guardian common.Address, controllers []common.Address, params_ AuctionEscrowParams) []byte {
	enc, err := auctionEscrow.abi.Pack("", token_, staking_, admin, guardian, controllers, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51bb9b1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackBIDTYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("BID_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51bb9b1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackBIDTYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("BID_TYPEHASH")
}

// UnpackBIDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51bb9b1e.
//
// Solidity: function BID_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackBIDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("BID_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCONTROLLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x092c5b3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackCONTROLLERROLE() []byte {
	enc, err := auctionEscrow.abi.Pack("CONTROLLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTROLLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x092c5b3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackCONTROLLERROLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("CONTROLLER_ROLE")
}

// UnpackCONTROLLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x092c5b3b.
//
// Solidity: function CONTROLLER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackCONTROLLERROLE(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("CONTROLLER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackDEFAULTADMINROLE() []byte {
	enc, err := auctionEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) PackMAXFEEBPS() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) TryPackMAXFEEBPS() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5778ac84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) PackMAXGPUS() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_GPUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGPUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5778ac84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) TryPackMAXGPUS() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_GPUS")
}

// UnpackMAXGPUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5778ac84.
//
// Solidity: function MAX_GPUS() view returns(uint16)
func (auctionEscrow *AuctionEscrow) UnpackMAXGPUS(data []byte) (uint16, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_GPUS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXREPLICAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05258376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPLICAS() view returns(uint8)
func (auctionEscrow *AuctionEscrow) PackMAXREPLICAS() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_REPLICAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPLICAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05258376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPLICAS() view returns(uint8)
func (auctionEscrow *AuctionEscrow) TryPackMAXREPLICAS() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_REPLICAS")
}

// UnpackMAXREPLICAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05258376.
//
// Solidity: function MAX_REPLICAS() view returns(uint8)
func (auctionEscrow *AuctionEscrow) UnpackMAXREPLICAS(data []byte) (uint8, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_REPLICAS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXSLASHMULTIPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc362a056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SLASH_MULTIPLE() view returns(uint16)
func (auctionEscrow *AuctionEscrow) PackMAXSLASHMULTIPLE() []byte {
	enc, err := auctionEscrow.abi.Pack("MAX_SLASH_MULTIPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSLASHMULTIPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc362a056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SLASH_MULTIPLE() view returns(uint16)
func (auctionEscrow *AuctionEscrow) TryPackMAXSLASHMULTIPLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("MAX_SLASH_MULTIPLE")
}

// UnpackMAXSLASHMULTIPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc362a056.
//
// Solidity: function MAX_SLASH_MULTIPLE() view returns(uint16)
func (auctionEscrow *AuctionEscrow) UnpackMAXSLASHMULTIPLE(data []byte) (uint16, error) {
	out, err := auctionEscrow.abi.Unpack("MAX_SLASH_MULTIPLE", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackPAUSERROLE() []byte {
	enc, err := auctionEscrow.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackPAUSERROLE() ([]byte, error) {
	return auctionEscrow.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUSAGEREPORTTYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGEREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95e7ca4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUSAGEREPORTTYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("USAGE_REPORT_TYPEHASH")
}

// UnpackUSAGEREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95e7ca4c.
//
// Solidity: function USAGE_REPORT_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUSAGEREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("USAGE_REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUSAGETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fc0f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUSAGETYPEHASH() []byte {
	enc, err := auctionEscrow.abi.Pack("USAGE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUSAGETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a4fc0f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUSAGETYPEHASH() ([]byte, error) {
	return auctionEscrow.abi.Pack("USAGE_TYPEHASH")
}

// UnpackUSAGETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a4fc0f5.
//
// Solidity: function USAGE_TYPEHASH() view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUSAGETYPEHASH(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("USAGE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddReplica is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62d3203.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addReplica((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) PackAddReplica(bid AuctionEscrowBid, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("addReplica", bid, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddReplica is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd62d3203.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addReplica((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) TryPackAddReplica(bid AuctionEscrowBid, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("addReplica", bid, signature)
}

// PackAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a682dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function award((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) PackAward(bid AuctionEscrowBid, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("award", bid, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21a682dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function award((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) TryPackAward(bid AuctionEscrowBid, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("award", bid, signature)
}

// PackAwardBackup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89b04cfa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function awardBackup((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) PackAwardBackup(bid AuctionEscrowBid, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("awardBackup", bid, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAwardBackup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89b04cfa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function awardBackup((uint256,bytes32,address,uint256,uint256,uint256) bid, bytes signature) returns()
func (auctionEscrow *AuctionEscrow) TryPackAwardBackup(bid AuctionEscrowBid, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("awardBackup", bid, signature)
}

// PackBidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0447274f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidDigest((uint256,bytes32,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackBidDigest(bid AuctionEscrowBid) []byte {
	enc, err := auctionEscrow.abi.Pack("bidDigest", bid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0447274f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidDigest((uint256,bytes32,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackBidDigest(bid AuctionEscrowBid) ([]byte, error) {
	return auctionEscrow.abi.Pack("bidDigest", bid)
}

// UnpackBidDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0447274f.
//
// Solidity: function bidDigest((uint256,bytes32,address,uint256,uint256,uint256) bid) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackBidDigest(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("bidDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBidNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa568ac04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackBidNonceUsed(provider common.Address, nonce *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("bidNonceUsed", provider, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa568ac04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackBidNonceUsed(provider common.Address, nonce *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("bidNonceUsed", provider, nonce)
}

// UnpackBidNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa568ac04.
//
// Solidity: function bidNonceUsed(address provider, uint256 nonce) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceUsed(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("bidNonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCancelBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a96a1ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelBidNonce(uint256 nonce) returns()
func (auctionEscrow *AuctionEscrow) PackCancelBidNonce(nonce *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("cancelBidNonce", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a96a1ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelBidNonce(uint256 nonce) returns()
func (auctionEscrow *AuctionEscrow) TryPackCancelBidNonce(nonce *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("cancelBidNonce", nonce)
}

// PackCancelBidsBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28af9da0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelBidsBelow(uint256 minNonce) returns()
func (auctionEscrow *AuctionEscrow) PackCancelBidsBelow(minNonce *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("cancelBidsBelow", minNonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelBidsBelow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28af9da0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelBidsBelow(uint256 minNonce) returns()
func (auctionEscrow *AuctionEscrow) TryPackCancelBidsBelow(minNonce *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("cancelBidsBelow", minNonce)
}

// PackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44833f57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeRound(uint256 jobId, uint256 round, address provider) returns()
func (auctionEscrow *AuctionEscrow) PackCloseRound(jobId *big.Int, round *big.Int, provider common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("closeRound", jobId, round, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44833f57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeRound(uint256 jobId, uint256 round, address provider) returns()
func (auctionEscrow *AuctionEscrow) TryPackCloseRound(jobId *big.Int, round *big.Int, provider common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("closeRound", jobId, round, provider)
}

// PackCompleteJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c0d32f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackCompleteJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("completeJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1c0d32f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackCompleteJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("completeJob", jobId)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cf9642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) PackCreateJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("createJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cf9642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) TryPackCreateJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("createJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3cf9642.
//
// Solidity: function createJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateReplicatedJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93ac798.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createReplicatedJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake, uint8 replicas) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) PackCreateReplicatedJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int, replicas uint8) []byte {
	enc, err := auctionEscrow.abi.Pack("createReplicatedJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake, replicas)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateReplicatedJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93ac798.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createReplicatedJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake, uint8 replicas) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) TryPackCreateReplicatedJob(specHash [32]byte, maxPricePerGpuSecond *big.Int, gpuCount uint16, budget *big.Int, biddingDeadline *big.Int, minProviderStake *big.Int, replicas uint8) ([]byte, error) {
	return auctionEscrow.abi.Pack("createReplicatedJob", specHash, maxPricePerGpuSecond, gpuCount, budget, biddingDeadline, minProviderStake, replicas)
}

// UnpackCreateReplicatedJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd93ac798.
//
// Solidity: function createReplicatedJob(bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake, uint8 replicas) returns(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackCreateReplicatedJob(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("createReplicatedJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) PackDeposit(amount *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("deposit", amount)
}

// PackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) PackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a970be7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) TryPackDepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("depositWithPermit", amount, deadline, v, r, s)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (auctionEscrow *AuctionEscrow) PackEip712Domain() []byte {
	enc, err := auctionEscrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (auctionEscrow *AuctionEscrow) TryPackEip712Domain() ([]byte, error) {
	return auctionEscrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (auctionEscrow *AuctionEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := auctionEscrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEndReplica is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x718c2007.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endReplica(uint256 jobId, address provider) returns()
func (auctionEscrow *AuctionEscrow) PackEndReplica(jobId *big.Int, provider common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("endReplica", jobId, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndReplica is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x718c2007.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endReplica(uint256 jobId, address provider) returns()
func (auctionEscrow *AuctionEscrow) TryPackEndReplica(jobId *big.Int, provider common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("endReplica", jobId, provider)
}

// PackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackFeesOwed() []byte {
	enc, err := auctionEscrow.abi.Pack("feesOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeesOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x326e7a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackFeesOwed() ([]byte, error) {
	return auctionEscrow.abi.Pack("feesOwed")
}

// UnpackFeesOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x326e7a85.
//
// Solidity: function feesOwed() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackFeesOwed(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("feesOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalizeJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x832a153d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackFinalizeJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("finalizeJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x832a153d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackFinalizeJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("finalizeJob", jobId)
}

// PackFreeBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543e9954.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackFreeBalanceOf(client common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("freeBalanceOf", client)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x543e9954.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackFreeBalanceOf(client common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("freeBalanceOf", client)
}

// UnpackFreeBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x543e9954.
//
// Solidity: function freeBalanceOf(address client) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackFreeBalanceOf(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("freeBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) PackGetJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,uint8,uint8,uint16,uint40,uint40,uint40,uint256,uint256,uint256,uint256,uint256,uint256,bytes32) job)
func (auctionEscrow *AuctionEscrow) UnpackGetJob(data []byte) (AuctionEscrowJob, error) {
	out, err := auctionEscrow.abi.Unpack("getJob", data)
	if err != nil {
		return *new(AuctionEscrowJob), err
	}
	out0 := *abi.ConvertType(out[0], new(AuctionEscrowJob)).(*AuctionEscrowJob)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (auctionEscrow *AuctionEscrow) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (auctionEscrow *AuctionEscrow) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackHasRole(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb429afeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isController(address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackIsController(account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("isController", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb429afeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isController(address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackIsController(account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("isController", account)
}

// UnpackIsController is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb429afeb.
//
// Solidity: function isController(address account) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackIsController(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("isController", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0894d950.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32,uint8) terms)
func (auctionEscrow *AuctionEscrow) PackJobTerms(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("jobTerms", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0894d950.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32,uint8) terms)
func (auctionEscrow *AuctionEscrow) TryPackJobTerms(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("jobTerms", jobId)
}

// JobTermsOutput serves as a container for the return parameters of contract
// method JobTerms.
type JobTermsOutput struct {
	Client common.Address
	Terms  AuctionEscrowTerms
}

// UnpackJobTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0894d950.
//
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32,uint8) terms)
func (auctionEscrow *AuctionEscrow) UnpackJobTerms(data []byte) (JobTermsOutput, error) {
	out, err := auctionEscrow.abi.Unpack("jobTerms", data)
	outstruct := new(JobTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Client = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Terms = *abi.ConvertType(out[1], new(AuctionEscrowTerms)).(*AuctionEscrowTerms)
	return *outstruct, nil
}

// PackJobTermsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x509c9902.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobTermsHash(uint256 jobId) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackJobTermsHash(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("jobTermsHash", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobTermsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x509c9902.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobTermsHash(uint256 jobId) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackJobTermsHash(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("jobTermsHash", jobId)
}

// UnpackJobTermsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x509c9902.
//
// Solidity: function jobTermsHash(uint256 jobId) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackJobTermsHash(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("jobTermsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMinBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af7b95f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBidNonce(address provider) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackMinBidNonce(provider common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("minBidNonce", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBidNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af7b95f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBidNonce(address provider) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackMinBidNonce(provider common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("minBidNonce", provider)
}

// UnpackMinBidNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0af7b95f.
//
// Solidity: function minBidNonce(address provider) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackMinBidNonce(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("minBidNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackNextJobId() []byte {
	enc, err := auctionEscrow.abi.Pack("nextJobId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackNextJobId() ([]byte, error) {
	return auctionEscrow.abi.Pack("nextJobId")
}

// UnpackNextJobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c2aa5e.
//
// Solidity: function nextJobId() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackNextJobId(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("nextJobId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashMultiple, uint32 settlementWindow, uint32 failoverWindow, uint32 challengeWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) PackParams() []byte {
	enc, err := auctionEscrow.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashMultiple, uint32 settlementWindow, uint32 failoverWindow, uint32 challengeWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) TryPackParams() ([]byte, error) {
	return auctionEscrow.abi.Pack("params")
}

// ParamsOutput serves as a container for the return parameters of contract
// method Params.
type ParamsOutput struct {
	Treasury           common.Address
	FeeBps             uint16
	SlashMultiple      uint16
	SettlementWindow   uint32
	FailoverWindow     uint32
	ChallengeWindow    uint32
	ControllerMinStake *big.Int
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns(address treasury, uint16 feeBps, uint16 slashMultiple, uint32 settlementWindow, uint32 failoverWindow, uint32 challengeWindow, uint96 controllerMinStake)
func (auctionEscrow *AuctionEscrow) UnpackParams(data []byte) (ParamsOutput, error) {
	out, err := auctionEscrow.abi.Unpack("params", data)
	outstruct := new(ParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Treasury = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.FeeBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.SlashMultiple = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.SettlementWindow = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.FailoverWindow = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.ChallengeWindow = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.ControllerMinStake = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (auctionEscrow *AuctionEscrow) PackPause() []byte {
	enc, err := auctionEscrow.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (auctionEscrow *AuctionEscrow) TryPackPause() ([]byte, error) {
	return auctionEscrow.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (auctionEscrow *AuctionEscrow) PackPaused() []byte {
	enc, err := auctionEscrow.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackPaused() ([]byte, error) {
	return auctionEscrow.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackPaused(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecoverSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97aba7f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverSigner(bytes32 digest, bytes signature) pure returns(address)
func (auctionEscrow *AuctionEscrow) PackRecoverSigner(digest [32]byte, signature []byte) []byte {
	enc, err := auctionEscrow.abi.Pack("recoverSigner", digest, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97aba7f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverSigner(bytes32 digest, bytes signature) pure returns(address)
func (auctionEscrow *AuctionEscrow) TryPackRecoverSigner(digest [32]byte, signature []byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("recoverSigner", digest, signature)
}

// UnpackRecoverSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97aba7f9.
//
// Solidity: function recoverSigner(bytes32 digest, bytes signature) pure returns(address)
func (auctionEscrow *AuctionEscrow) UnpackRecoverSigner(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("recoverSigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (auctionEscrow *AuctionEscrow) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (auctionEscrow *AuctionEscrow) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReportFailure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411f0903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportFailure(uint256 jobId, string reason) returns()
func (auctionEscrow *AuctionEscrow) PackReportFailure(jobId *big.Int, reason string) []byte {
	enc, err := auctionEscrow.abi.Pack("reportFailure", jobId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportFailure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x411f0903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportFailure(uint256 jobId, string reason) returns()
func (auctionEscrow *AuctionEscrow) TryPackReportFailure(jobId *big.Int, reason string) ([]byte, error) {
	return auctionEscrow.abi.Pack("reportFailure", jobId, reason)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (auctionEscrow *AuctionEscrow) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (auctionEscrow *AuctionEscrow) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("revokeRole", role, account)
}

// PackRoundEndedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6f8fb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundEndedAt(bytes32 key) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackRoundEndedAt(key [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("roundEndedAt", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundEndedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6f8fb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundEndedAt(bytes32 key) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackRoundEndedAt(key [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("roundEndedAt", key)
}

// UnpackRoundEndedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6f8fb6.
//
// Solidity: function roundEndedAt(bytes32 key) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackRoundEndedAt(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("roundEndedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2aa0bf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundOf(uint256 jobId, uint256 round, address provider) view returns(uint256 word, uint256 endedAt)
func (auctionEscrow *AuctionEscrow) PackRoundOf(jobId *big.Int, round *big.Int, provider common.Address) []byte {
	enc, err := auctionEscrow.abi.Pack("roundOf", jobId, round, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2aa0bf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundOf(uint256 jobId, uint256 round, address provider) view returns(uint256 word, uint256 endedAt)
func (auctionEscrow *AuctionEscrow) TryPackRoundOf(jobId *big.Int, round *big.Int, provider common.Address) ([]byte, error) {
	return auctionEscrow.abi.Pack("roundOf", jobId, round, provider)
}

// RoundOfOutput serves as a container for the return parameters of contract
// method RoundOf.
type RoundOfOutput struct {
	Word    *big.Int
	EndedAt *big.Int
}

// UnpackRoundOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2aa0bf6.
//
// Solidity: function roundOf(uint256 jobId, uint256 round, address provider) view returns(uint256 word, uint256 endedAt)
func (auctionEscrow *AuctionEscrow) UnpackRoundOf(data []byte) (RoundOfOutput, error) {
	out, err := auctionEscrow.abi.Unpack("roundOf", data)
	outstruct := new(RoundOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Word = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.EndedAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418b89fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((address,uint16,uint16,uint32,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) PackSetParams(params AuctionEscrowParams) []byte {
	enc, err := auctionEscrow.abi.Pack("setParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418b89fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((address,uint16,uint16,uint32,uint32,uint32,uint96) params_) returns()
func (auctionEscrow *AuctionEscrow) TryPackSetParams(params AuctionEscrowParams) ([]byte, error) {
	return auctionEscrow.abi.Pack("setParams", params)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8650577.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((address,(uint256,uint256,uint256)[],bytes) report) returns()
func (auctionEscrow *AuctionEscrow) PackSettle(report AuctionEscrowUsageReport) []byte {
	enc, err := auctionEscrow.abi.Pack("settle", report)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8650577.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((address,(uint256,uint256,uint256)[],bytes) report) returns()
func (auctionEscrow *AuctionEscrow) TryPackSettle(report AuctionEscrowUsageReport) ([]byte, error) {
	return auctionEscrow.abi.Pack("settle", report)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab7435f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch((address,(uint256,uint256,uint256)[],bytes)[] reports) returns()
func (auctionEscrow *AuctionEscrow) PackSettleBatch(reports []AuctionEscrowUsageReport) []byte {
	enc, err := auctionEscrow.abi.Pack("settleBatch", reports)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab7435f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch((address,(uint256,uint256,uint256)[],bytes)[] reports) returns()
func (auctionEscrow *AuctionEscrow) TryPackSettleBatch(reports []AuctionEscrowUsageReport) ([]byte, error) {
	return auctionEscrow.abi.Pack("settleBatch", reports)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (auctionEscrow *AuctionEscrow) PackStaking() []byte {
	enc, err := auctionEscrow.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (auctionEscrow *AuctionEscrow) TryPackStaking() ([]byte, error) {
	return auctionEscrow.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackStaking(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStopJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65eb182.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stopJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) PackStopJob(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("stopJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStopJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65eb182.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stopJob(uint256 jobId) returns()
func (auctionEscrow *AuctionEscrow) TryPackStopJob(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("stopJob", jobId)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (auctionEscrow *AuctionEscrow) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (auctionEscrow *AuctionEscrow) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (auctionEscrow *AuctionEscrow) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := auctionEscrow.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSweepFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd113b95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweepFees() returns()
func (auctionEscrow *AuctionEscrow) PackSweepFees() []byte {
	enc, err := auctionEscrow.abi.Pack("sweepFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweepFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd113b95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweepFees() returns()
func (auctionEscrow *AuctionEscrow) TryPackSweepFees() ([]byte, error) {
	return auctionEscrow.abi.Pack("sweepFees")
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (auctionEscrow *AuctionEscrow) PackToken() []byte {
	enc, err := auctionEscrow.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (auctionEscrow *AuctionEscrow) TryPackToken() ([]byte, error) {
	return auctionEscrow.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (auctionEscrow *AuctionEscrow) UnpackToken(data []byte) (common.Address, error) {
	out, err := auctionEscrow.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe9850c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(uint256 jobId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) PackTopUp(jobId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := auctionEscrow.abi.Pack("topUp", jobId, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xafe9850c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(uint256 jobId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (auctionEscrow *AuctionEscrow) TryPackTopUp(jobId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return auctionEscrow.abi.Pack("topUp", jobId, amount, deadline, v, r, s)
}

// PackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackTotalFree() []byte {
	enc, err := auctionEscrow.abi.Pack("totalFree")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalFree is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x333e44e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackTotalFree() ([]byte, error) {
	return auctionEscrow.abi.Pack("totalFree")
}

// UnpackTotalFree is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackTotalFree(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("totalFree", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackTotalLocked() []byte {
	enc, err := auctionEscrow.abi.Pack("totalLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackTotalLocked() ([]byte, error) {
	return auctionEscrow.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("totalLocked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (auctionEscrow *AuctionEscrow) PackUnpause() []byte {
	enc, err := auctionEscrow.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (auctionEscrow *AuctionEscrow) TryPackUnpause() ([]byte, error) {
	return auctionEscrow.abi.Pack("unpause")
}

// PackUsageReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd85de5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) PackUsageReportDigest(provider common.Address, usages []AuctionEscrowUsage) []byte {
	enc, err := auctionEscrow.abi.Pack("usageReportDigest", provider, usages)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageReportDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdd85de5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) TryPackUsageReportDigest(provider common.Address, usages []AuctionEscrowUsage) ([]byte, error) {
	return auctionEscrow.abi.Pack("usageReportDigest", provider, usages)
}

// UnpackUsageReportDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdd85de5.
//
// Solidity: function usageReportDigest(address provider, (uint256,uint256,uint256)[] usages) view returns(bytes32)
func (auctionEscrow *AuctionEscrow) UnpackUsageReportDigest(data []byte) ([32]byte, error) {
	out, err := auctionEscrow.abi.Unpack("usageReportDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) PackWithdraw(amount *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (auctionEscrow *AuctionEscrow) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("withdraw", amount)
}

// AuctionEscrowBidNonceCancelled represents a BidNonceCancelled event raised by the AuctionEscrow contract.
type AuctionEscrowBidNonceCancelled struct {
	Provider common.Address
	Nonce    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowBidNonceCancelledEventName = "BidNonceCancelled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowBidNonceCancelled) ContractEventName() string {
	return AuctionEscrowBidNonceCancelledEventName
}

// UnpackBidNonceCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidNonceCancelled(address indexed provider, uint256 nonce)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceCancelledEvent(log *types.Log) (*AuctionEscrowBidNonceCancelled, error) {
	event := "BidNonceCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowBidNonceCancelled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowBidNoncesCancelledBelow represents a BidNoncesCancelledBelow event raised by the AuctionEscrow contract.
type AuctionEscrowBidNoncesCancelledBelow struct {
	Provider common.Address
	MinNonce *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowBidNoncesCancelledBelowEventName = "BidNoncesCancelledBelow"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowBidNoncesCancelledBelow) ContractEventName() string {
	return AuctionEscrowBidNoncesCancelledBelowEventName
}

// UnpackBidNoncesCancelledBelowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidNoncesCancelledBelow(address indexed provider, uint256 minNonce)
func (auctionEscrow *AuctionEscrow) UnpackBidNoncesCancelledBelowEvent(log *types.Log) (*AuctionEscrowBidNoncesCancelledBelow, error) {
	event := "BidNoncesCancelledBelow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowBidNoncesCancelledBelow)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowBudgetToppedUp represents a BudgetToppedUp event raised by the AuctionEscrow contract.
type AuctionEscrowBudgetToppedUp struct {
	JobId  *big.Int
	Amount *big.Int
	Budget *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowBudgetToppedUpEventName = "BudgetToppedUp"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowBudgetToppedUp) ContractEventName() string {
	return AuctionEscrowBudgetToppedUpEventName
}

// UnpackBudgetToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BudgetToppedUp(uint256 indexed jobId, uint256 amount, uint256 budget)
func (auctionEscrow *AuctionEscrow) UnpackBudgetToppedUpEvent(log *types.Log) (*AuctionEscrowBudgetToppedUp, error) {
	event := "BudgetToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowBudgetToppedUp)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowCollateralLocked represents a CollateralLocked event raised by the AuctionEscrow contract.
type AuctionEscrowCollateralLocked struct {
	JobId    *big.Int
	Round    uint8
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowCollateralLockedEventName = "CollateralLocked"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowCollateralLocked) ContractEventName() string {
	return AuctionEscrowCollateralLockedEventName
}

// UnpackCollateralLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollateralLocked(uint256 indexed jobId, uint8 round, address indexed provider, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackCollateralLockedEvent(log *types.Log) (*AuctionEscrowCollateralLocked, error) {
	event := "CollateralLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowCollateralLocked)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowDeposited represents a Deposited event raised by the AuctionEscrow contract.
type AuctionEscrowDeposited struct {
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowDeposited) ContractEventName() string {
	return AuctionEscrowDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackDepositedEvent(log *types.Log) (*AuctionEscrowDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowDeposited)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the AuctionEscrow contract.
type AuctionEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowEIP712DomainChanged) ContractEventName() string {
	return AuctionEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (auctionEscrow *AuctionEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*AuctionEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowFeesSwept represents a FeesSwept event raised by the AuctionEscrow contract.
type AuctionEscrowFeesSwept struct {
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowFeesSweptEventName = "FeesSwept"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowFeesSwept) ContractEventName() string {
	return AuctionEscrowFeesSweptEventName
}

// UnpackFeesSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesSwept(address indexed treasury, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackFeesSweptEvent(log *types.Log) (*AuctionEscrowFeesSwept, error) {
	event := "FeesSwept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowFeesSwept)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobAwarded represents a JobAwarded event raised by the AuctionEscrow contract.
type AuctionEscrowJobAwarded struct {
	JobId             *big.Int
	Provider          common.Address
	Round             uint8
	PricePerGpuSecond *big.Int
	BidNonce          *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobAwardedEventName = "JobAwarded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobAwarded) ContractEventName() string {
	return AuctionEscrowJobAwardedEventName
}

// UnpackJobAwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAwarded(uint256 indexed jobId, address indexed provider, uint8 round, uint256 pricePerGpuSecond, uint256 bidNonce)
func (auctionEscrow *AuctionEscrow) UnpackJobAwardedEvent(log *types.Log) (*AuctionEscrowJobAwarded, error) {
	event := "JobAwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobAwarded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobCancelled represents a JobCancelled event raised by the AuctionEscrow contract.
type AuctionEscrowJobCancelled struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobCancelled) ContractEventName() string {
	return AuctionEscrowJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId)
func (auctionEscrow *AuctionEscrow) UnpackJobCancelledEvent(log *types.Log) (*AuctionEscrowJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobCancelled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobClosed represents a JobClosed event raised by the AuctionEscrow contract.
type AuctionEscrowJobClosed struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobClosedEventName = "JobClosed"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobClosed) ContractEventName() string {
	return AuctionEscrowJobClosedEventName
}

// UnpackJobClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobClosed(uint256 indexed jobId)
func (auctionEscrow *AuctionEscrow) UnpackJobClosedEvent(log *types.Log) (*AuctionEscrowJobClosed, error) {
	event := "JobClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobClosed)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobCreated represents a JobCreated event raised by the AuctionEscrow contract.
type AuctionEscrowJobCreated struct {
	JobId                *big.Int
	Client               common.Address
	SpecHash             [32]byte
	MaxPricePerGpuSecond *big.Int
	GpuCount             uint16
	Budget               *big.Int
	BiddingDeadline      *big.Int
	MinProviderStake     *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobCreated) ContractEventName() string {
	return AuctionEscrowJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed client, bytes32 specHash, uint256 maxPricePerGpuSecond, uint16 gpuCount, uint256 budget, uint40 biddingDeadline, uint256 minProviderStake)
func (auctionEscrow *AuctionEscrow) UnpackJobCreatedEvent(log *types.Log) (*AuctionEscrowJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobCreated)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobEnded represents a JobEnded event raised by the AuctionEscrow contract.
type AuctionEscrowJobEnded struct {
	JobId   *big.Int
	By      common.Address
	EndedAt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobEndedEventName = "JobEnded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobEnded) ContractEventName() string {
	return AuctionEscrowJobEndedEventName
}

// UnpackJobEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobEnded(uint256 indexed jobId, address indexed by, uint40 endedAt)
func (auctionEscrow *AuctionEscrow) UnpackJobEndedEvent(log *types.Log) (*AuctionEscrowJobEnded, error) {
	event := "JobEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobEnded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowJobFailed represents a JobFailed event raised by the AuctionEscrow contract.
type AuctionEscrowJobFailed struct {
	JobId    *big.Int
	Provider common.Address
	Round    uint8
	Due      *big.Int
	Reason   string
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowJobFailedEventName = "JobFailed"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowJobFailed) ContractEventName() string {
	return AuctionEscrowJobFailedEventName
}

// UnpackJobFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFailed(uint256 indexed jobId, address indexed provider, uint8 round, uint256 due, string reason)
func (auctionEscrow *AuctionEscrow) UnpackJobFailedEvent(log *types.Log) (*AuctionEscrowJobFailed, error) {
	event := "JobFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowJobFailed)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowParamsSet represents a ParamsSet event raised by the AuctionEscrow contract.
type AuctionEscrowParamsSet struct {
	Params AuctionEscrowParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowParamsSet) ContractEventName() string {
	return AuctionEscrowParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((address,uint16,uint16,uint32,uint32,uint32,uint96) params)
func (auctionEscrow *AuctionEscrow) UnpackParamsSetEvent(log *types.Log) (*AuctionEscrowParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowParamsSet)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowPaused represents a Paused event raised by the AuctionEscrow contract.
type AuctionEscrowPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowPaused) ContractEventName() string {
	return AuctionEscrowPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (auctionEscrow *AuctionEscrow) UnpackPausedEvent(log *types.Log) (*AuctionEscrowPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowPaused)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowProviderPaid represents a ProviderPaid event raised by the AuctionEscrow contract.
type AuctionEscrowProviderPaid struct {
	Provider common.Address
	Gross    *big.Int
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowProviderPaidEventName = "ProviderPaid"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowProviderPaid) ContractEventName() string {
	return AuctionEscrowProviderPaidEventName
}

// UnpackProviderPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderPaid(address indexed provider, uint256 gross, uint256 fee)
func (auctionEscrow *AuctionEscrow) UnpackProviderPaidEvent(log *types.Log) (*AuctionEscrowProviderPaid, error) {
	event := "ProviderPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowProviderPaid)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowRefunded represents a Refunded event raised by the AuctionEscrow contract.
type AuctionEscrowRefunded struct {
	JobId  *big.Int
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRefunded) ContractEventName() string {
	return AuctionEscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed jobId, address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackRefundedEvent(log *types.Log) (*AuctionEscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRefunded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowReplicaAdded represents a ReplicaAdded event raised by the AuctionEscrow contract.
type AuctionEscrowReplicaAdded struct {
	JobId    *big.Int
	Provider common.Address
	Round    uint8
	Price    *big.Int
	Nonce    *big.Int
	Budget   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowReplicaAddedEventName = "ReplicaAdded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowReplicaAdded) ContractEventName() string {
	return AuctionEscrowReplicaAddedEventName
}

// UnpackReplicaAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReplicaAdded(uint256 indexed jobId, address indexed provider, uint8 round, uint256 price, uint256 nonce, uint256 budget)
func (auctionEscrow *AuctionEscrow) UnpackReplicaAddedEvent(log *types.Log) (*AuctionEscrowReplicaAdded, error) {
	event := "ReplicaAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowReplicaAdded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowReplicaEnded represents a ReplicaEnded event raised by the AuctionEscrow contract.
type AuctionEscrowReplicaEnded struct {
	JobId    *big.Int
	Provider common.Address
	Round    uint8
	Due      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowReplicaEndedEventName = "ReplicaEnded"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowReplicaEnded) ContractEventName() string {
	return AuctionEscrowReplicaEndedEventName
}

// UnpackReplicaEndedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReplicaEnded(uint256 indexed jobId, address indexed provider, uint8 round, uint256 due)
func (auctionEscrow *AuctionEscrow) UnpackReplicaEndedEvent(log *types.Log) (*AuctionEscrowReplicaEnded, error) {
	event := "ReplicaEnded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowReplicaEnded)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowReportRejected represents a ReportRejected event raised by the AuctionEscrow contract.
type AuctionEscrowReportRejected struct {
	Provider common.Address
	Digest   [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowReportRejectedEventName = "ReportRejected"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowReportRejected) ContractEventName() string {
	return AuctionEscrowReportRejectedEventName
}

// UnpackReportRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportRejected(address indexed provider, bytes32 digest)
func (auctionEscrow *AuctionEscrow) UnpackReportRejectedEvent(log *types.Log) (*AuctionEscrowReportRejected, error) {
	event := "ReportRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowReportRejected)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowRoleAdminChanged represents a RoleAdminChanged event raised by the AuctionEscrow contract.
type AuctionEscrowRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleAdminChanged) ContractEventName() string {
	return AuctionEscrowRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (auctionEscrow *AuctionEscrow) UnpackRoleAdminChangedEvent(log *types.Log) (*AuctionEscrowRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowRoleGranted represents a RoleGranted event raised by the AuctionEscrow contract.
type AuctionEscrowRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleGranted) ContractEventName() string {
	return AuctionEscrowRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (auctionEscrow *AuctionEscrow) UnpackRoleGrantedEvent(log *types.Log) (*AuctionEscrowRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleGranted)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowRoleRevoked represents a RoleRevoked event raised by the AuctionEscrow contract.
type AuctionEscrowRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoleRevoked) ContractEventName() string {
	return AuctionEscrowRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (auctionEscrow *AuctionEscrow) UnpackRoleRevokedEvent(log *types.Log) (*AuctionEscrowRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoleRevoked)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowRoundClosed represents a RoundClosed event raised by the AuctionEscrow contract.
type AuctionEscrowRoundClosed struct {
	JobId    *big.Int
	Round    *big.Int
	Provider common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowRoundClosedEventName = "RoundClosed"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowRoundClosed) ContractEventName() string {
	return AuctionEscrowRoundClosedEventName
}

// UnpackRoundClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundClosed(uint256 indexed jobId, uint256 round, address indexed provider)
func (auctionEscrow *AuctionEscrow) UnpackRoundClosedEvent(log *types.Log) (*AuctionEscrowRoundClosed, error) {
	event := "RoundClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowRoundClosed)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowUnpaused represents a Unpaused event raised by the AuctionEscrow contract.
type AuctionEscrowUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUnpaused) ContractEventName() string {
	return AuctionEscrowUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (auctionEscrow *AuctionEscrow) UnpackUnpausedEvent(log *types.Log) (*AuctionEscrowUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUnpaused)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowUsageRejected represents a UsageRejected event raised by the AuctionEscrow contract.
type AuctionEscrowUsageRejected struct {
	JobId    *big.Int
	Provider common.Address
	Reason   uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUsageRejectedEventName = "UsageRejected"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUsageRejected) ContractEventName() string {
	return AuctionEscrowUsageRejectedEventName
}

// UnpackUsageRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageRejected(uint256 indexed jobId, address indexed provider, uint8 reason)
func (auctionEscrow *AuctionEscrow) UnpackUsageRejectedEvent(log *types.Log) (*AuctionEscrowUsageRejected, error) {
	event := "UsageRejected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUsageRejected)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowUsageSettled represents a UsageSettled event raised by the AuctionEscrow contract.
type AuctionEscrowUsageSettled struct {
	JobId                *big.Int
	CumulativeGpuSeconds *big.Int
	Amount               *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowUsageSettledEventName = "UsageSettled"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowUsageSettled) ContractEventName() string {
	return AuctionEscrowUsageSettledEventName
}

// UnpackUsageSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UsageSettled(uint256 indexed jobId, uint256 cumulativeGpuSeconds, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackUsageSettledEvent(log *types.Log) (*AuctionEscrowUsageSettled, error) {
	event := "UsageSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowUsageSettled)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AuctionEscrowWithdrawn represents a Withdrawn event raised by the AuctionEscrow contract.
type AuctionEscrowWithdrawn struct {
	Client common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AuctionEscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AuctionEscrowWithdrawn) ContractEventName() string {
	return AuctionEscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed client, uint256 amount)
func (auctionEscrow *AuctionEscrow) UnpackWithdrawnEvent(log *types.Log) (*AuctionEscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != auctionEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AuctionEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := auctionEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range auctionEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (auctionEscrow *AuctionEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidExpired"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidNonceAlreadyUsed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidNonceAlreadyUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidPriceOutOfRange"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidPriceOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BidTermsMismatch"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBidTermsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["BiddingClosed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackBiddingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["EmptyReport"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackEmptyReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidJob"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["NotReplica"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackNotReplicaError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["PermitFailed"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackPermitFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ProviderNotEligible"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackProviderNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["SameProvider"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackSameProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["TooManyReplicas"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackTooManyReplicasError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["TooManyRounds"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackTooManyRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["Unauthorized"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackUnauthorizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackWrongStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], auctionEscrow.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return auctionEscrow.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AuctionEscrowAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AuctionEscrowAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (auctionEscrow *AuctionEscrow) UnpackAccessControlBadConfirmationError(raw []byte) (*AuctionEscrowAccessControlBadConfirmation, error) {
	out := new(AuctionEscrowAccessControlBadConfirmation)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AuctionEscrow contract.
type AuctionEscrowAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AuctionEscrowAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (auctionEscrow *AuctionEscrow) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AuctionEscrowAccessControlUnauthorizedAccount, error) {
	out := new(AuctionEscrowAccessControlUnauthorizedAccount)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidExpired represents a BidExpired error raised by the AuctionEscrow contract.
type AuctionEscrowBidExpired struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidExpired(uint256 expiry)
func AuctionEscrowBidExpiredErrorID() common.Hash {
	return common.HexToHash("0xe4a665ec813e099b35b687815be1ffd9b8db7e44f02617ecc392612f52956f39")
}

// UnpackBidExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidExpired(uint256 expiry)
func (auctionEscrow *AuctionEscrow) UnpackBidExpiredError(raw []byte) (*AuctionEscrowBidExpired, error) {
	out := new(AuctionEscrowBidExpired)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidNonceAlreadyUsed represents a BidNonceAlreadyUsed error raised by the AuctionEscrow contract.
type AuctionEscrowBidNonceAlreadyUsed struct {
	Provider common.Address
	Nonce    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidNonceAlreadyUsed(address provider, uint256 nonce)
func AuctionEscrowBidNonceAlreadyUsedErrorID() common.Hash {
	return common.HexToHash("0xb988f27fa0cdf1c420c7aded8197f9af0146ef778e609022fae9fcbb65cbc963")
}

// UnpackBidNonceAlreadyUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidNonceAlreadyUsed(address provider, uint256 nonce)
func (auctionEscrow *AuctionEscrow) UnpackBidNonceAlreadyUsedError(raw []byte) (*AuctionEscrowBidNonceAlreadyUsed, error) {
	out := new(AuctionEscrowBidNonceAlreadyUsed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidNonceAlreadyUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidPriceOutOfRange represents a BidPriceOutOfRange error raised by the AuctionEscrow contract.
type AuctionEscrowBidPriceOutOfRange struct {
	Price    *big.Int
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidPriceOutOfRange(uint256 price, uint256 maxPrice)
func AuctionEscrowBidPriceOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x265bf1067c5a9b2a42127922fb8fe14ce4dab4a05cdf6811cfa7e446f5593582")
}

// UnpackBidPriceOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidPriceOutOfRange(uint256 price, uint256 maxPrice)
func (auctionEscrow *AuctionEscrow) UnpackBidPriceOutOfRangeError(raw []byte) (*AuctionEscrowBidPriceOutOfRange, error) {
	out := new(AuctionEscrowBidPriceOutOfRange)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidPriceOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBidTermsMismatch represents a BidTermsMismatch error raised by the AuctionEscrow contract.
type AuctionEscrowBidTermsMismatch struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BidTermsMismatch(uint256 jobId)
func AuctionEscrowBidTermsMismatchErrorID() common.Hash {
	return common.HexToHash("0x4a4fb3900399c6bb837e29346979c23cff45d064571a4b1504cf00f063c7900d")
}

// UnpackBidTermsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BidTermsMismatch(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackBidTermsMismatchError(raw []byte) (*AuctionEscrowBidTermsMismatch, error) {
	out := new(AuctionEscrowBidTermsMismatch)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BidTermsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowBiddingClosed represents a BiddingClosed error raised by the AuctionEscrow contract.
type AuctionEscrowBiddingClosed struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingClosed(uint256 jobId, uint40 deadline)
func AuctionEscrowBiddingClosedErrorID() common.Hash {
	return common.HexToHash("0x91098277e9e1911aa91da019b66c7508a4a2161d0d684df1c0fadc779be28028")
}

// UnpackBiddingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingClosed(uint256 jobId, uint40 deadline)
func (auctionEscrow *AuctionEscrow) UnpackBiddingClosedError(raw []byte) (*AuctionEscrowBiddingClosed, error) {
	out := new(AuctionEscrowBiddingClosed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "BiddingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowEmptyReport represents a EmptyReport error raised by the AuctionEscrow contract.
type AuctionEscrowEmptyReport struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyReport()
func AuctionEscrowEmptyReportErrorID() common.Hash {
	return common.HexToHash("0x00bf1997c444a58426e1a53db20549e311bb6d0dc08580426cf0c9372e43dc89")
}

// UnpackEmptyReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyReport()
func (auctionEscrow *AuctionEscrow) UnpackEmptyReportError(raw []byte) (*AuctionEscrowEmptyReport, error) {
	out := new(AuctionEscrowEmptyReport)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "EmptyReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowEnforcedPause represents a EnforcedPause error raised by the AuctionEscrow contract.
type AuctionEscrowEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func AuctionEscrowEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (auctionEscrow *AuctionEscrow) UnpackEnforcedPauseError(raw []byte) (*AuctionEscrowEnforcedPause, error) {
	out := new(AuctionEscrowEnforcedPause)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowExpectedPause represents a ExpectedPause error raised by the AuctionEscrow contract.
type AuctionEscrowExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func AuctionEscrowExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (auctionEscrow *AuctionEscrow) UnpackExpectedPauseError(raw []byte) (*AuctionEscrowExpectedPause, error) {
	out := new(AuctionEscrowExpectedPause)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInsufficientBalance represents a InsufficientBalance error raised by the AuctionEscrow contract.
type AuctionEscrowInsufficientBalance struct {
	Available *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func AuctionEscrowInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 available, uint256 requested)
func (auctionEscrow *AuctionEscrow) UnpackInsufficientBalanceError(raw []byte) (*AuctionEscrowInsufficientBalance, error) {
	out := new(AuctionEscrowInsufficientBalance)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidJob represents a InvalidJob error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidJob struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidJob(string what)
func AuctionEscrowInvalidJobErrorID() common.Hash {
	return common.HexToHash("0x67323a92dba964fe582a1a64ca5caec156cf2dfe0fd0210bf628c49befea1609")
}

// UnpackInvalidJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidJob(string what)
func (auctionEscrow *AuctionEscrow) UnpackInvalidJobError(raw []byte) (*AuctionEscrowInvalidJob, error) {
	out := new(AuctionEscrowInvalidJob)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidParams represents a InvalidParams error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams(string what)
func AuctionEscrowInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa8c278dd678025fcd1ba899b5c9701b4f3cde35c26cff3abbdc63ff5ceeeb107")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams(string what)
func (auctionEscrow *AuctionEscrow) UnpackInvalidParamsError(raw []byte) (*AuctionEscrowInvalidParams, error) {
	out := new(AuctionEscrowInvalidParams)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidShortString represents a InvalidShortString error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AuctionEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (auctionEscrow *AuctionEscrow) UnpackInvalidShortStringError(raw []byte) (*AuctionEscrowInvalidShortString, error) {
	out := new(AuctionEscrowInvalidShortString)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowInvalidSignature represents a InvalidSignature error raised by the AuctionEscrow contract.
type AuctionEscrowInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func AuctionEscrowInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (auctionEscrow *AuctionEscrow) UnpackInvalidSignatureError(raw []byte) (*AuctionEscrowInvalidSignature, error) {
	out := new(AuctionEscrowInvalidSignature)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowNotReplica represents a NotReplica error raised by the AuctionEscrow contract.
type AuctionEscrowNotReplica struct {
	JobId    *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReplica(uint256 jobId, address provider)
func AuctionEscrowNotReplicaErrorID() common.Hash {
	return common.HexToHash("0x1925c6e1e44d43c0ce64aaad1facf7f1c3b543b3a295199aa7dae3e9941821eb")
}

// UnpackNotReplicaError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReplica(uint256 jobId, address provider)
func (auctionEscrow *AuctionEscrow) UnpackNotReplicaError(raw []byte) (*AuctionEscrowNotReplica, error) {
	out := new(AuctionEscrowNotReplica)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "NotReplica", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowPermitFailed represents a PermitFailed error raised by the AuctionEscrow contract.
type AuctionEscrowPermitFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PermitFailed()
func AuctionEscrowPermitFailedErrorID() common.Hash {
	return common.HexToHash("0xb78cb0ddbbb832b9eefe30a6705fce9117289a7e8fbf7ad4ec5d8b8879042c3e")
}

// UnpackPermitFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PermitFailed()
func (auctionEscrow *AuctionEscrow) UnpackPermitFailedError(raw []byte) (*AuctionEscrowPermitFailed, error) {
	out := new(AuctionEscrowPermitFailed)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "PermitFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowProviderNotEligible represents a ProviderNotEligible error raised by the AuctionEscrow contract.
type AuctionEscrowProviderNotEligible struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderNotEligible(address provider)
func AuctionEscrowProviderNotEligibleErrorID() common.Hash {
	return common.HexToHash("0xa641815291feed4586a959761c0a52fca905fae19089b8ef9c537503032dacc7")
}

// UnpackProviderNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderNotEligible(address provider)
func (auctionEscrow *AuctionEscrow) UnpackProviderNotEligibleError(raw []byte) (*AuctionEscrowProviderNotEligible, error) {
	out := new(AuctionEscrowProviderNotEligible)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ProviderNotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the AuctionEscrow contract.
type AuctionEscrowReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func AuctionEscrowReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (auctionEscrow *AuctionEscrow) UnpackReentrancyGuardReentrantCallError(raw []byte) (*AuctionEscrowReentrancyGuardReentrantCall, error) {
	out := new(AuctionEscrowReentrancyGuardReentrantCall)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the AuctionEscrow contract.
type AuctionEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func AuctionEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (auctionEscrow *AuctionEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*AuctionEscrowSafeERC20FailedOperation, error) {
	out := new(AuctionEscrowSafeERC20FailedOperation)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowSameProvider represents a SameProvider error raised by the AuctionEscrow contract.
type AuctionEscrowSameProvider struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameProvider(address provider)
func AuctionEscrowSameProviderErrorID() common.Hash {
	return common.HexToHash("0xf8f4901207e98a95ae75391cccb2af11d0a4a32f10522e0e44868e679ee747b9")
}

// UnpackSameProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameProvider(address provider)
func (auctionEscrow *AuctionEscrow) UnpackSameProviderError(raw []byte) (*AuctionEscrowSameProvider, error) {
	out := new(AuctionEscrowSameProvider)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "SameProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowStringTooLong represents a StringTooLong error raised by the AuctionEscrow contract.
type AuctionEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AuctionEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (auctionEscrow *AuctionEscrow) UnpackStringTooLongError(raw []byte) (*AuctionEscrowStringTooLong, error) {
	out := new(AuctionEscrowStringTooLong)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowTooManyReplicas represents a TooManyReplicas error raised by the AuctionEscrow contract.
type AuctionEscrowTooManyReplicas struct {
	JobId    *big.Int
	Replicas *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReplicas(uint256 jobId, uint256 replicas)
func AuctionEscrowTooManyReplicasErrorID() common.Hash {
	return common.HexToHash("0x10dc85316b3f454cf6c8be898d12e487dc76e9b39a9f78a6c00b92d00d912713")
}

// UnpackTooManyReplicasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReplicas(uint256 jobId, uint256 replicas)
func (auctionEscrow *AuctionEscrow) UnpackTooManyReplicasError(raw []byte) (*AuctionEscrowTooManyReplicas, error) {
	out := new(AuctionEscrowTooManyReplicas)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "TooManyReplicas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowTooManyRounds represents a TooManyRounds error raised by the AuctionEscrow contract.
type AuctionEscrowTooManyRounds struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyRounds(uint256 jobId)
func AuctionEscrowTooManyRoundsErrorID() common.Hash {
	return common.HexToHash("0x707de852cd8b99fc7c41c41e84a1625125b8380f54e43878aa7c613cb602ed96")
}

// UnpackTooManyRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyRounds(uint256 jobId)
func (auctionEscrow *AuctionEscrow) UnpackTooManyRoundsError(raw []byte) (*AuctionEscrowTooManyRounds, error) {
	out := new(AuctionEscrowTooManyRounds)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "TooManyRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowUnauthorized represents a Unauthorized error raised by the AuctionEscrow contract.
type AuctionEscrowUnauthorized struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unauthorized(uint256 jobId, address caller)
func AuctionEscrowUnauthorizedErrorID() common.Hash {
	return common.HexToHash("0x589e27a124e93e7d84c519ffb8a563ec033d2e7f77cf14295d95b8dfff27ae2e")
}

// UnpackUnauthorizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unauthorized(uint256 jobId, address caller)
func (auctionEscrow *AuctionEscrow) UnpackUnauthorizedError(raw []byte) (*AuctionEscrowUnauthorized, error) {
	out := new(AuctionEscrowUnauthorized)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "Unauthorized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowWindowOpen represents a WindowOpen error raised by the AuctionEscrow contract.
type AuctionEscrowWindowOpen struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 until)
func AuctionEscrowWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xb317256bb83d3a0e7c565067a7c67553969518b9977a3d2d318c3e3fb33ef1e2")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 until)
func (auctionEscrow *AuctionEscrow) UnpackWindowOpenError(raw []byte) (*AuctionEscrowWindowOpen, error) {
	out := new(AuctionEscrowWindowOpen)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowWrongState represents a WrongState error raised by the AuctionEscrow contract.
type AuctionEscrowWrongState struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 jobId, uint8 state)
func AuctionEscrowWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 jobId, uint8 state)
func (auctionEscrow *AuctionEscrow) UnpackWrongStateError(raw []byte) (*AuctionEscrowWrongState, error) {
	out := new(AuctionEscrowWrongState)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowZeroAddress represents a ZeroAddress error raised by the AuctionEscrow contract.
type AuctionEscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AuctionEscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (auctionEscrow *AuctionEscrow) UnpackZeroAddressError(raw []byte) (*AuctionEscrowZeroAddress, error) {
	out := new(AuctionEscrowZeroAddress)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AuctionEscrowZeroAmount represents a ZeroAmount error raised by the AuctionEscrow contract.
type AuctionEscrowZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func AuctionEscrowZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (auctionEscrow *AuctionEscrow) UnpackZeroAmountError(raw []byte) (*AuctionEscrowZeroAmount, error) {
	out := new(AuctionEscrowZeroAmount)
	if err := auctionEscrow.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
