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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"controllers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BID_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CONTROLLER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_GPUS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SLASH_MULTIPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_REPORT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"USAGE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"award\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"awardBackup\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bidDigest\",\"inputs\":[{\"name\":\"bid\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Bid\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"terms\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bidNonceUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancelBidNonce\",\"inputs\":[{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelBidsBelow\",\"inputs\":[{\"name\":\"minNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimableOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"closeRound\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"completeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createJob\",\"inputs\":[{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deposit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"depositWithPermit\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feesOwed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"freeBalanceOf\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"job\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Job\",\"components\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"},{\"name\":\"round\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"startedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"settledGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"remaining\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isController\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobTerms\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"client\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"terms\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Terms\",\"components\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"jobTermsHash\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minBidNonce\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextJobId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"params\",\"inputs\":[],\"outputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recoverSigner\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reportFailure\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"roundEndedAt\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"roundOf\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"word\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"report\",\"type\":\"tuple\",\"internalType\":\"structAuctionEscrow.UsageReport\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleBatch\",\"inputs\":[{\"name\":\"reports\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.UsageReport[]\",\"components\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIProviderStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stopJob\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sweepFees\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"topUp\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"totalFree\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalLocked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usageReportDigest\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"usages\",\"type\":\"tuple[]\",\"internalType\":\"structAuctionEscrow.Usage[]\",\"components\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BidNonceCancelled\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BidNoncesCancelledBelow\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"minNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BudgetToppedUp\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CollateralLocked\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Deposited\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesSwept\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobAwarded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"pricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bidNonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCancelled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobCreated\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"specHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"maxPricePerGpuSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"gpuCount\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"budget\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"biddingDeadline\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"},{\"name\":\"minProviderStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobEnded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"endedAt\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobFailed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"round\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"due\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structAuctionEscrow.Params\",\"components\":[{\"name\":\"treasury\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"slashMultiple\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"settlementWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"failoverWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"challengeWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"controllerMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProviderPaid\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gross\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReportRejected\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoundClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"round\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageRejected\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"provider\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumAuctionEscrow.Rejection\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UsageSettled\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cumulativeGpuSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"client\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BidExpired\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidNonceAlreadyUsed\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidPriceOutOfRange\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BidTermsMismatch\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BiddingClosed\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]},{\"type\":\"error\",\"name\":\"EmptyReport\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidJob\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidParams\",\"inputs\":[{\"name\":\"what\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PermitFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProviderNotEligible\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SameProvider\",\"inputs\":[{\"name\":\"provider\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyRounds\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Unauthorized\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"WindowOpen\",\"inputs\":[{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongState\",\"inputs\":[{\"name\":\"jobId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"enumAuctionEscrow.JobState\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "AuctionEscrow",
	Bin: "0x6101a06040526001600655348015610015575f5ffd5b50604051616b30380380616b3083398101604081905261003491610874565b6040518060400160405280601681526020017f47696e746f6e69632041756374696f6e457363726f7700000000000000000000815250604051806040016040528060018152602001601960f91b8152506100938261024860201b60201c565b610120526100a081610248565b61014052815160208084019190912060e052815190820120610100524660a05261012c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038616158061015257506001600160a01b038516155b8061016457506001600160a01b038416155b156101825760405163d92e233d60e01b815260040160405180910390fd5b61018c5f8561028e565b506001600160a01b0380871661016052858116610180528316156101d6576101d47f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8461028e565b505b5f5b82518110156102335761022a7f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c57022335784838151811061021757610217610986565b602002602001015161028e60201b60201c565b506001016101d8565b5061023d81610337565b505050505050610aac565b5f5f829050601f8151111561027b578260405163305a27a960e01b8152600401610272919061099a565b60405180910390fd5b8051610286826109cf565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661032e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102e63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610331565b505f5b92915050565b5f46617a691480610349575046610539145b82519091506001600160a01b031661038f5760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b6044820152606401610272565b6107d061ffff16826020015161ffff1611806103be5750600a82602001516103b791906109f5565b61ffff1615155b156103f55760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610272565b604082015161ffff1615806104165750600a61ffff16826040015161ffff16115b156104545760405163a8c278dd60e01b815260206004820152600d60248201526c736c6173684d756c7469706c6560981b6044820152606401610272565b8061046157610e10610464565b60015b61ffff16826060015163ffffffff16108061048b575062278d00826060015163ffffffff16115b156104cc5760405163a8c278dd60e01b815260206004820152601060248201526f736574746c656d656e7457696e646f7760801b6044820152606401610272565b806104d95761012c6104dc565b60015b61ffff16826080015163ffffffff161080610503575062093a80826080015163ffffffff16115b156105425760405163a8c278dd60e01b815260206004820152600e60248201526d6661696c6f76657257696e646f7760901b6044820152606401610272565b8061054f57610e10610552565b60015b61ffff168260a0015163ffffffff1610806105795750621275008260a0015163ffffffff16115b156105b95760405163a8c278dd60e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606401610272565b801580156105dc5750683635c9adc5dea000008260c001516001600160601b0316105b1561061f5760405163a8c278dd60e01b8152602060048201526012602482015271636f6e74726f6c6c65724d696e5374616b6560701b6044820152606401610272565b8151600480546020850151604080870151606088015160808901516001600160a01b039097166001600160b01b031990951694909417600160a01b61ffff948516021765ffffffffffff60b01b1916600160b01b939091169290920263ffffffff60c01b191691909117600160c01b63ffffffff93841602176001600160e01b0316600160e01b948316949094029390931790915560a08401516005805460c0870151929093166001600160801b0319909316929092176401000000006001600160601b0390921691909102179055517fe5822424683047ea0fb1b89d696fb2617085f25de71cfe08ff6c44e44824d4679061071c908490610a24565b60405180910390a15050565b6001600160a01b038116811461073c575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156107755761077561073f565b60405290565b604051601f8201601f191681016001600160401b03811182821017156107a3576107a361073f565b604052919050565b805161ffff811681146107bc575f5ffd5b919050565b805163ffffffff811681146107bc575f5ffd5b5f60e082840312156107e4575f5ffd5b6107ec610753565b905081516107f981610728565b8152610807602083016107ab565b6020820152610818604083016107ab565b6040820152610829606083016107c1565b606082015261083a608083016107c1565b608082015261084b60a083016107c1565b60a082015260c08201516001600160601b0381168114610869575f5ffd5b60c082015292915050565b5f5f5f5f5f5f610180878903121561088a575f5ffd5b865161089581610728565b60208801519096506108a681610728565b60408801519095506108b781610728565b60608801519094506108c881610728565b60808801519093506001600160401b038111156108e3575f5ffd5b8701601f810189136108f3575f5ffd5b80516001600160401b0381111561090c5761090c61073f565b8060051b61091c6020820161077b565b9182526020818401810192908101908c841115610937575f5ffd5b6020850194505b83851015610965578451925061095383610728565b8282526020948501949091019061093e565b809650505050505061097a8860a089016107d4565b90509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156109ef575f198160200360031b1b821691505b50919050565b5f61ffff831680610a1457634e487b7160e01b5f52601260045260245ffd5b8061ffff84160691505092915050565b5f60e08201905060018060a01b03835116825261ffff602084015116602083015261ffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a0830151610a8a60a084018263ffffffff169052565b5060c0830151610aa560c08401826001600160601b03169052565b5092915050565b60805160a05160c05160e0516101005161012051610140516101605161018051615fbd610b735f395f818161066a01528181612ffb015281816130c2015281816132a501528181613f5c0152818161401201528181614418015281816146cc0152614cf201525f8181610afb01528181610df501528181612a78015281816140dd0152818161417101528181614288015261459501525f61483a01525f61480a01525f614bd401525f614bac01525f614b0701525f614b3101525f614b5b0152615fbd5ff3fe608060405234801561000f575f5ffd5b5060043610610372575f3560e01c80635c975abb116101d4578063b3cf964211610109578063cf6f8fb6116100a9578063d55be8c611610079578063d55be8c614610ab3578063d865057714610abc578063e63ab1e914610acf578063fc0c546a14610af6575f5ffd5b8063cf6f8fb6146109c2578063cff0ab96146109e1578063d113b95c14610a98578063d547741f14610aa0575f5ffd5b8063bf22c457116100e4578063bf22c45714610974578063c362a05614610994578063c65eb1821461099c578063cdd85de5146109af575f5ffd5b8063b3cf96421461093b578063b429afeb1461094e578063b6b55f2514610961575f5ffd5b806397aba7f911610174578063a568ac041161014f578063a568ac04146108ca578063afe9850c146108f7578063b0c2aa5e1461090a578063b2aa0bf614610913575f5ffd5b806397aba7f91461089d578063a1c0d32f146108b0578063a217fddf146108c3575f5ffd5b806384b0196e116101af57806384b0196e1461081257806389b04cfa1461082d57806391d148541461084057806395e7ca4c14610876575f5ffd5b80635c975abb146107ec578063832a153d146107f75780638456cb591461080a575f5ffd5b80633f4ba83a116102aa5780634cf088d91161024a57806351bb9b1e1161022557806351bb9b1e14610782578063543e9954146107a957806356891412146107c85780635778ac84146107d1575f5ffd5b80634cf088d914610665578063509c9902146106a4578063513bed121461076f575f5ffd5b806344833f571161028557806344833f57146106195780634a96a1ae1461062c5780634a970be71461063f5780634ab7435f14610652575f5ffd5b80633f4ba83a146105eb578063411f0903146105f3578063418b89fb14610606575f5ffd5b8063248a9ca3116103155780632f2ff15d116102f05780632f2ff15d146105b3578063326e7a85146105c6578063333e44e6146105cf57806336568abe146105d8575f5ffd5b8063248a9ca31461056b57806328af9da01461058d5780632e1a7d4d146105a0575f5ffd5b8063092c5b3b11610350578063092c5b3b146104e95780630a4fc0f5146105105780630af7b95f1461053757806321a682dd14610556575f5ffd5b806301ffc9a7146103765780630447274f1461039e5780630894d950146103bf575b5f5ffd5b6103896103843660046154e1565b610b1d565b60405190151581526020015b60405180910390f35b6103b16103ac36600461551e565b610b85565b604051908152602001610395565b61047d6103cd366004615538565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905250505f908152600e60209081526040918290208054835160a08101855260049092015461ffff8082168452620100008204169383019390935263ffffffff6401000000008404811694830194909452680100000000000000008304841660608301526c0100000000000000000000000090920490921660808301526001600160a01b031691565b6040516103959291905f60c0820190506001600160a01b038416825261ffff835116602083015261ffff602084015116604083015263ffffffff604084015116606083015263ffffffff606084015116608083015263ffffffff60808401511660a08301529392505050565b6103b17f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c57022335781565b6103b17f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a81565b6103b1610545366004615573565b600c6020525f908152604090205481565b6105696105643660046155cc565b610c35565b005b6103b1610579366004615538565b5f9081526020819052604090206001015490565b61056961059b366004615538565b610d32565b6105696105ae366004615538565b610db7565b6105696105c136600461561c565b610e5c565b6103b160095481565b6103b160075481565b6105696105e636600461561c565b610e86565b610569610ed2565b61056961060136600461564a565b610ee4565b610569610614366004615679565b6110cf565b610569610627366004615692565b6110f4565b61056961063a366004615538565b611340565b61056961064d3660046156d8565b6113d6565b61056961066036600461571b565b61140b565b61068c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610395565b6103b16106b2366004615538565b5f818152600e6020908152604080832080546003820154600283015484519586018890526001600160a01b03831694860194909452606085015267ffffffffffffffff83166080850152600160b01b810461ffff1660a08501526801000000000000000083046001600160601b0390811660c0860152600160c01b90910463ffffffff1660e0850152600160a01b909204909116610100830152906101200160405160208183030381529060405280519060200120915050919050565b6103b161077d366004615538565b61153e565b6103b17f3aa58e85277994213b391801af6a87b8ff8c6bfe62fc9453be9a196b636f845f81565b6103b16107b7366004615573565b600a6020525f908152604090205481565b6103b160085481565b6107d960ff81565b60405161ffff9091168152602001610395565b60015460ff16610389565b610569610805366004615538565b6115f4565b61056961193c565b61081a61194c565b60405161039597969594939291906157ba565b61056961083b3660046155cc565b6119aa565b61038961084e36600461561c565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6103b17fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece81565b61068c6108ab36600461564a565b611b90565b6105696108be366004615538565b611bce565b6103b15f81565b6103896108d836600461586c565b600b60209081525f928352604080842090915290825290205460ff1681565b610569610905366004615896565b611c79565b6103b160065481565b610926610921366004615692565b611f3e565b60408051928352602083019190915201610395565b6103b16109493660046158f4565b611f88565b61038961095c366004615573565b6125ba565b61056961096f366004615538565b6125c4565b610987610982366004615538565b6125e5565b604051610395919061597d565b6107d9600a81565b6105696109aa366004615538565b612837565b6103b16109bd366004615a8d565b612991565b6103b16109d0366004615538565b600d6020525f908152604090205481565b600454600554610a40916001600160a01b0381169161ffff600160a01b8304811692600160b01b81049091169163ffffffff600160c01b8304811692600160e01b9004811691908116906001600160601b036401000000009091041687565b604080516001600160a01b0398909816885261ffff9687166020890152949095169386019390935263ffffffff9182166060860152811660808501521660a08301526001600160601b031660c082015260e001610395565b610569612a33565b610569610aae36600461561c565b612aec565b6107d96107d081565b610569610aca366004615b10565b612b10565b6103b17f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61068c7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b031982167f7965db0b000000000000000000000000000000000000000000000000000000001480610b7f57507f01ffc9a7000000000000000000000000000000000000000000000000000000006001600160e01b03198316145b92915050565b5f610b7f7f3aa58e85277994213b391801af6a87b8ff8c6bfe62fc9453be9a196b636f845f83356020850135610bc16060870160408801615573565b866060013587608001358860a00135604051602001610c1a9796959493929190968752602087019590955260408601939093526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612b80565b610c3d612bc7565b610c45612c04565b82355f908152600e6020526040902060018154600160a01b900460ff166006811115610c7357610c73615955565b14610cab57805460405163800b061560e01b8152610ca291863591600160a01b90910460ff1690600401615b47565b60405180910390fd5b8054600160c01b900463ffffffff16421115610d0b5780546040517f9109827700000000000000000000000000000000000000000000000000000000815285356004820152600160c01b90910463ffffffff166024820152604401610ca2565b610d16843582612c39565b610d24818585856001612cad565b50610d2d6134cb565b505050565b335f908152600c60205260409020548111610d695760405163b988f27f60e01b815233600482015260248101829052604401610ca2565b335f818152600c602052604090819020839055517fff249bf41b52c1d700c857302781a65732f55fa4925b9d09cd31eece3c9c196c90610dac9084815260200190565b60405180910390a250565b610dbf612c04565b805f03610ddf57604051631f2a200560e01b815260040160405180910390fd5b610de8816134f5565b610e1c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361357f565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2610e596134cb565b50565b5f82815260208190526040902060010154610e76816135cd565b610e8083836135d7565b50505050565b6001600160a01b0381163314610ec8576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d2d828261367e565b610eda6136ff565b610ee26137b1565b565b610eec612c04565b610ef4613803565b5f838152600e6020526040902060028154600160a01b900460ff166006811115610f2057610f20615955565b14610f4e57805460405163800b061560e01b8152610ca2918691600160a01b90910460ff1690600401615b47565b6001810154815460408051878152600160a81b90920460ff1660208301526001600160a01b03909216918101829052606090205f905f818152600f6020526040812054919250610f9e8242613851565b9050610fd58115610fb0576002610fb3565b60035b6bffffffffffffffffffffffff1984166001600160601b038416175b90613923565b5f848152600f6020908152604080832093909355600d905220429055611004816001600160601b038416615b6f565b6001860180546001600160601b0392909216600160a01b026001600160a01b03928316179055855463ffffffff4216600160e01b027bffffffffffffff00ffffffffffffffffffffffffffffffffffffffff909116177403000000000000000000000000000000000000000017808755604051918616918a917f7bf093423594797d91cfdb8786c53055cff0ded5b1fd4bbc561cf1cd4d175c5d916110ba9160ff600160a81b909104169086908d908d90615b82565b60405180910390a35050505050610d2d6134cb565b5f6110d9816135cd565b6110f06110eb36849003840184615c07565b613965565b5050565b6110fc612c04565b5f838152600e602052604081209061112a858585604080519384526020840192909252908201526060902090565b5f818152600f6020908152604080832054600d9092529091205491925090811580611153575080155b1561118157835460405163800b061560e01b8152610ca2918991600160a01b90910460ff1690600401615b47565b8354600160a81b900460ff16861480156111aa575060018401546001600160a01b038681169116145b80156111d2575060048454600160a01b900460ff1660068111156111d0576111d0615955565b145b1561120057835460405163800b061560e01b8152610ca2918991600160a01b90910460ff1690600401615b47565b60048401545f9061121f90640100000000900463ffffffff1683615cc3565b90504281118015908161123b5750336001600160a01b03881614155b1561125c5760405163b317256b60e01b815260048101839052602401610ca2565b600261126785613e3a565b600381111561127857611278615955565b036112ca5761129760036bffffffffffffffffffffffff198616610fcf565b5f868152600f602052604090205585546112ca908a906001600160a01b03166001600160601b038716613e51565b613e51565b80156112ee5760048601546112ee908690640100000000900463ffffffff16613efe565b866001600160a01b0316897fc72febc16932319f99a6a4091ee8a40a580ad118229a458865670b2aa508797c8a60405161132a91815260200190565b60405180910390a3505050505050610d2d6134cb565b335f908152600b6020908152604080832084845290915290205460ff16156113845760405163b988f27f60e01b815233600482015260248101829052604401610ca2565b335f818152600b60209081526040808320858452825291829020805460ff1916600117905590518381527fbb0ccc7c7fa13adb3fc1c8b161cd2ee8ff5df39b54aeb6fd23b6a62383746f399101610dac565b6113de612bc7565b6113e6612c04565b6113f38585858585614084565b6113fc8561421f565b6114046134cb565b5050505050565b611413612c04565b5f5f5f5b83811015611529575f5f61144d87878581811061143657611436615cd6565b90506020028101906114489190615cea565b6142e2565b91509150816114d15786868481811061146857611468615cd6565b905060200281019061147a9190615cea565b611488906020810190615573565b6001600160a01b03167f17622ba0b7fbf9e5092afe4dc841cebefdc53eab7cf14ef7dfb6e45222daba9d826040516114c291815260200190565b60405180910390a25050611521565b5f5f6114ff8989878181106114e8576114e8615cd6565b90506020028101906114fa9190615cea565b6144c5565b909250905061150e8288615cc3565b965061151a8187615cc3565b9550505050505b600101611417565b506115348282614609565b50506110f06134cb565b5f818152600e6020526040812060028154600160a01b900460ff16600681111561156a5761156a615955565b14158015611595575060048154600160a01b900460ff16600681111561159257611592615955565b14155b156115a257505f92915050565b8054600182015460408051868152600160a81b90930460ff166020808501919091526001600160a01b039092168382015260609092205f908152600f90915220546115ed9042613851565b9392505050565b6115fc612c04565b5f818152600e602052604090208054600160a01b900460ff16600481600681111561162957611629615955565b036116a057600482015482545f9161165a9163ffffffff640100000000909204821691600160e01b90910416615cc3565b60018401549091506001600160a01b0316331480159061167957508042105b1561169a5760405163b317256b60e01b815260048101829052602401610ca2565b50611867565b60038160068111156116b4576116b4615955565b0361173557600482015482545f916116e99163ffffffff68010000000000000000909204821691600160e01b90910416615cc3565b83549091506001600160a01b0316331480159061170557508042105b801561167957506117153361463d565b61169a5760405163b317256b60e01b815260048101829052602401610ca2565b600281600681111561174957611749615955565b0361184a578154600183015460408051868152600160a81b90930460ff1660208401526001600160a01b0390911690820152606090205f905f818152600f60205260409020549091506001600160601b0316156117bd57838260405163800b061560e01b8152600401610ca2929190615b47565b82547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b4263ffffffff8116919091029190911784555f828152600d6020908152604091829020839055905164ffffffffff9092168252339186917f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f910160405180910390a350611867565b828160405163800b061560e01b8152600401610ca2929190615b47565b815460ff60a01b19167405000000000000000000000000000000000000000017825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a260038160068111156118c7576118c7615955565b14611928578154600183015460408051868152600160a81b90930460ff1660208401526001600160a01b03909116908201526060902061190884848361473d565b6004830154611926908290640100000000900463ffffffff16613efe565b505b6119328383614793565b5050610e596134cb565b6119446136ff565b610ee26147c8565b5f6060805f5f5f606061195d614803565b611965614833565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6119b2612bc7565b6119ba612c04565b82355f908152600e6020526040902060038154600160a01b900460ff1660068111156119e8576119e8615955565b14611a1757805460405163800b061560e01b8152610ca291863591600160a01b90910460ff1690600401615b47565b6001810154600160a01b90046001600160601b03165f03611a7b576040516333991d4960e11b815260206004820152600760248201527f72657365727665000000000000000000000000000000000000000000000000006044820152606401610ca2565b60018101546001600160a01b0316611a996060860160408701615573565b6001600160a01b031603611af557611ab76060850160408601615573565b6040517ff8f490120000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ca2565b80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01600160a81b90910460ff1601611b5d576040517f707de85200000000000000000000000000000000000000000000000000000000815284356004820152602401610ca2565b611b68843582612c39565b8054610d24908290869086908690611b8b90600160a81b900460ff166001615d26565b612cad565b5f5f5f611b9e86868661485e565b5090925090505f816003811115611bb757611bb7615955565b14611bc2575f611bc4565b815b9695505050505050565b611bd6612c04565b5f818152600e6020526040902060018101546001600160a01b03163314611c195760405163589e27a160e01b815260048101839052336024820152604401610ca2565b60028154600160a01b900460ff166006811115611c3857611c38615955565b14611c6657805460405163800b061560e01b8152610ca2918491600160a01b90910460ff1690600401615b47565b611c7082826148a5565b50610e596134cb565b611c81612bc7565b611c89612c04565b5f868152600e6020526040902080546001600160a01b03163314611cc95760405163589e27a160e01b815260048101889052336024820152604401610ca2565b8054600160a01b900460ff165f816006811115611ce857611ce8615955565b1480611d0557506003816006811115611d0357611d03615955565b115b15611d2757878160405163800b061560e01b8152600401610ca2929190615b47565b8515611d4357611d3a8787878787614084565b611d438761421f565b865f03611d6357604051631f2a200560e01b815260040160405180910390fd5b611d6c876134f5565b8660085f828254611d7d9190615cc3565b9091555050600282018054889190600890611dae9084906801000000000000000090046001600160601b0316615d3f565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555060026006811115611de557611de5615955565b816006811115611df757611df7615955565b03611e8d5781546001830154604080518b8152600160a81b90930460ff1660208401526001600160a01b0390911690820152606090205f905f818152600f6020526040902054909150611e75896001600160601b038316611e589190615cc3565b6001600160601b03166bffffffffffffffffffffffff1983161790565b5f928352600f60205260409092209190915550611ed8565b868260010160148282829054906101000a90046001600160601b0316611eb39190615d3f565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505b600282015460408051898152680100000000000000009092046001600160601b0316602083015289917fefa405330b64dc96a6914bc4168f4b35aaf09dfa35ec08b5bfa2a56d7f0466b1910160405180910390a25050611f366134cb565b505050505050565b5f5f5f611f61868686604080519384526020840192909252908201526060902090565b5f908152600f6020908152604080832054600d909252909120549097909650945050505050565b5f611f91612bc7565b611f99612c04565b61ffff85161580611fae575060ff61ffff8616115b15611ffc576040516333991d4960e11b815260206004820152600860248201527f677075436f756e740000000000000000000000000000000000000000000000006044820152606401610ca2565b851580612010575067ffffffffffffffff86115b1561205e576040516333991d4960e11b815260206004820152600860248201527f6d617850726963650000000000000000000000000000000000000000000000006044820152606401610ca2565b835f036120ae576040516333991d4960e11b815260206004820152600660248201527f62756467657400000000000000000000000000000000000000000000000000006044820152606401610ca2565b428364ffffffffff161115806120ce575063ffffffff64ffffffffff8416115b1561211c576040516333991d4960e11b815260206004820152600f60248201527f62696464696e67446561646c696e6500000000000000000000000000000000006044820152606401610ca2565b6001600160601b03821115612174576040516333991d4960e11b815260206004820152601060248201527f6d696e50726f76696465725374616b65000000000000000000000000000000006044820152606401610ca2565b61217d846134f5565b8360085f82825461218e9190615cc3565b909155505060068054905f6121a283615d5e565b909155505f818152600e6020526040902080547fffffffffffffffffffffffff000000000000000000000000000000000000000081163390811783559293509091600191839160ff60a01b19167fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b83021790555085815f0160166101000a81548161ffff021916908361ffff16021790555083815f0160186101000a81548163ffffffff021916908363ffffffff160217905550848160010160146101000a8154816001600160601b0302191690836001600160601b0316021790555086816002015f6101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550848160020160086101000a8154816001600160601b0302191690836001600160601b03160217905550828160020160146101000a8154816001600160601b0302191690836001600160601b031602179055508781600301819055505f60046040518060e00160405290815f82015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020015f820160149054906101000a900461ffff1661ffff1661ffff1681526020015f820160169054906101000a900461ffff1661ffff1661ffff1681526020015f820160189054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020015f8201601c9054906101000a900463ffffffff1663ffffffff1663ffffffff168152602001600182015f9054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016001820160049054906101000a90046001600160601b03166001600160601b03166001600160601b03168152505090506040518060a00160405280826020015161ffff168152602001826040015161ffff168152602001826060015163ffffffff168152602001826080015163ffffffff1681526020018260a0015163ffffffff16815250826004015f820151815f015f6101000a81548161ffff021916908361ffff1602179055506020820151815f0160026101000a81548161ffff021916908361ffff1602179055506040820151815f0160046101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160086101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f01600c6101000a81548163ffffffff021916908363ffffffff160217905550905050336001600160a01b0316837f445c25f6f82008aa5b5493cb52aa667318c46091490470973e0a9c4d11fa16078b8b8b8b8b8b6040516125a896959493929190958652602086019490945261ffff929092166040850152606084015264ffffffffff16608083015260a082015260c00190565b60405180910390a35050611bc46134cb565b5f610b7f8261463d565b6125cc612bc7565b6125d4612c04565b6125dd8161421f565b610e596134cb565b61266d604080516101e0810182525f80825260208201819052909182019081526020015f60ff1681526020015f61ffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f64ffffffffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f828152600e602052604081208054909190600160a81b900460ff16156126d7578154600183015460408051878152600160a81b90930460ff1660208401526001600160a01b039091169082015260609020600f905f9081526020019081526020015f20546126d9565b5f5b604080516101e08101825284546001600160a01b03808216835260018701541660208301529293509190820190600160a01b900460ff16600681111561272157612721615955565b8152835460ff600160a81b820416602083015261ffff600160b01b820416604083015263ffffffff600160c01b90910416606082015260800161276a8360d01c63ffffffff1690565b64ffffffffff168152835463ffffffff600160e01b909104166020820152600284015467ffffffffffffffff811660408301526001600160601b0368010000000000000000820481166060840152600160a01b90910416608082015260a0016127dd8360601c67ffffffffffffffff1690565b81526020016127f38360a01c64ffffffffff1690565b81526020016001600160601b03831660018501546128219190600160a01b90046001600160601b0316615cc3565b8152602001836003015481525092505050919050565b61283f612c04565b5f818152600e6020526040902080546001600160a01b0316331461287f5760405163589e27a160e01b815260048101839052336024820152604401610ca2565b8054600160a01b900460ff16600181600681111561289f5761289f615955565b036128ff57815460ff60a01b19167406000000000000000000000000000000000000000017825560405183907f58243f872c550ad02802199ade99eb4250f6bb19e9abbf2d3de7b969c0eb5e4f905f90a26128fa8383614793565b611932565b600281600681111561291357612913615955565b03612922576128fa83836148a5565b600381600681111561293657612936615955565b0361184a57815460ff60a01b19167405000000000000000000000000000000000000000017825560405183907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a26128fa8383614793565b5f81818167ffffffffffffffff8111156129ad576129ad615bc1565b6040519080825280602002602001820160405280156129d6578160200160208202803683370190505b5090505f5b82811015612a2857612a038686838181106129f8576129f8615cd6565b905060600201614a46565b828281518110612a1557612a15615cd6565b60209081029190910101526001016129db565b50611bc48682614a82565b612a3b612c04565b6009545f819003612a5f57604051631f2a200560e01b815260040160405180910390fd5b5f6009556004546001600160a01b0390811690612a9f907f000000000000000000000000000000000000000000000000000000000000000016828461357f565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e883604051612ada91815260200190565b60405180910390a25050610ee26134cb565b5f82815260208190526040902060010154612b06816135cd565b610e80838361367e565b612b18612c04565b5f612b22826142e2565b50905080612b5c576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f612b67846144c5565b91509150612b758282614609565b505050610e596134cb565b5f610b7f612b8c614afb565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60015460ff1615610ee2576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612c0c614c24565b610ee260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614c7d565b80546001600160a01b03163303612c4e575050565b335f9081527fd4b1ef424fcb83dce82b8e6790fbd9bbcd76978bd34427cec18daa7ab2167543602052604090205460ff16612ca55760405163589e27a160e01b815260048101839052336024820152604401610ca2565b6110f0613803565b8360800135421115612cf1576040517fe4a665ec00000000000000000000000000000000000000000000000000000000815260808501356004820152602401610ca2565b60608401351580612d135750600285015467ffffffffffffffff166060850135115b15612d665760028501546040517f265bf1060000000000000000000000000000000000000000000000000000000081526060860135600482015267ffffffffffffffff9091166024820152604401610ca2565b612e2884355f818152600e6020908152604080832080546003820154600283015484519586018890526001600160a01b03831694860194909452606085015267ffffffffffffffff83166080850152600160b01b810461ffff1660a08501526801000000000000000083046001600160601b0390811660c0860152600160c01b90910463ffffffff1660e0850152600160a01b909204909116610100830152906101200160405160208183030381529060405280519060200120915050919050565b846020013514612e67576040517f4a4fb39000000000000000000000000000000000000000000000000000000000815284356004820152602401610ca2565b600b5f612e7a6060870160408801615573565b6001600160a01b0316815260208082019290925260409081015f90812060a0880135825290925290205460ff1680612ee75750600c5f612ec06060870160408801615573565b6001600160a01b03166001600160a01b031681526020019081526020015f20548460a00135105b15612f2b57612efc6060850160408601615573565b60405163b988f27f60e01b81526001600160a01b03909116600482015260a08501356024820152604401610ca2565b612f4e612f3785610b85565b8484612f496060890160408a01615573565b614c84565b6040805160a081018252600487015461ffff808216835262010000820481166020840181905263ffffffff6401000000008404811695850195909552680100000000000000008304851660608086018290526c010000000000000000000000009094049095166080850152895493945f949093600160b01b90910490921691612fdb91908a013590615d76565b612fe59190615d76565b612fef9190615d76565b90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d80a84346130306060890160408a01615573565b60028a015460405160e084901b6001600160e01b03191681526001600160a01b039092166004830152600160a01b90046001600160601b03166024820152604401602060405180830381865afa15801561308c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130b09190615d8d565b158061315f5750806001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663631de7d16130f760608a0160408b01615573565b6040516001600160e01b031960e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015613139573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061315d9190615dac565b105b156131b2576131746060870160408801615573565b6040517fa64181520000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610ca2565b6001600b5f6131c760608a0160408b01615573565b6001600160a01b0316815260208082019290925260409081015f90812060a08b01358252909252808220805460ff191693151593909317909255906132389088359060ff87169061321e9060608c01908c01615573565b604080519384526020840192909252908201526060902090565b60018901548954855192935061328792600160a01b9092046001600160601b03169160608b0135915f914291600160b01b900461ffff169061327c90600a90615dd7565b61ffff166001614d94565b5f828152600f6020526040902055811561339a576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a80de0e86132da60608a0160408b01615573565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260248101849052604481018590526064015f604051808303815f87803b158015613326575f5ffd5b505af1158015613338573d5f5f3e3d5ffd5b5061334d925050506060880160408901615573565b6040805160ff87168152602081018590526001600160a01b0392909216918935917f6f260c775c4f360f81a40954aa3fccb40396455702700e2c0e1749f31b87818b910160405180910390a35b6001880180546001600160a01b031690556133bb6060880160408901615573565b6001890180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790558754740200000000000000000000000000000000000000007bffffffffffff0000ffffffffffffffffffffffffffffffffffffffff909116600160a81b60ff8716027bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16171788556134696060880160408901615573565b6040805160ff8716815260608a810135602083015260a08b01358284015291516001600160a01b0393909316928a35927fe7ee3fd5e56bd1b8c2cd9b8333cc426a8ea01eb7190c12f50facb64cb15a3f75928290030190a35050505050505050565b610ee25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612c33565b335f908152600a602052604090205481811015613548576040517fcf4791810000000000000000000000000000000000000000000000000000000081526004810182905260248101839052604401610ca2565b6135528282615b6f565b335f908152600a602052604081209190915560078054849290613576908490615b6f565b90915550505050565b61358c8383836001614dfe565b610d2d576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610ca2565b610e598133614e79565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16613677575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561362f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610b7f565b505f610b7f565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615613677575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610b7f565b335f9081527ff7c9542c591017a21c74b6f3fab6263c7952fc0aaf9db4c22a2a04ddc7f8674f602052604090205460ff1615801561376b5750335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16155b15610ee25760405163e2517d3f60e01b81523360048201527f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6024820152604401610ca2565b6137b9614ecb565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b61380c3361463d565b610ee25760405163e2517d3f60e01b81523360048201527f7b765e0e932d348852a6f810bfa1ab891e259123f02db8cdcde614c5702233576024820152604401610ca2565b5f6001600160601b038316600161386785613e3a565b600381111561387857613878615955565b14613884579050610b7f565b5f6138958560d01c63ffffffff1690565b61389f9085615b6f565b6138ac8660f01c60ff1690565b6138b69190615d76565b90505f6138ca8660a01c64ffffffffff1690565b90508082116138de575f9350505050610b7f565b5f6138f38760601c67ffffffffffffffff1690565b6138fd8385615b6f565b6139079190615d76565b90508381106139165783613918565b805b979650505050505050565b5f60f882600381111561393857613938615955565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8516911b17905092915050565b5f46617a691480613977575046610539145b82519091506001600160a01b03166139d25760405163a8c278dd60e01b815260206004820152600860248201527f74726561737572790000000000000000000000000000000000000000000000006044820152606401610ca2565b6107d061ffff16826020015161ffff161180613a015750600a82602001516139fa9190615dfa565b61ffff1615155b15613a4f5760405163a8c278dd60e01b815260206004820152600660248201527f66656542707300000000000000000000000000000000000000000000000000006044820152606401610ca2565b604082015161ffff161580613a705750600a61ffff16826040015161ffff16115b15613abe5760405163a8c278dd60e01b815260206004820152600d60248201527f736c6173684d756c7469706c65000000000000000000000000000000000000006044820152606401610ca2565b80613acb57610e10613ace565b60015b61ffff16826060015163ffffffff161080613af5575062278d00826060015163ffffffff16115b15613b435760405163a8c278dd60e01b815260206004820152601060248201527f736574746c656d656e7457696e646f77000000000000000000000000000000006044820152606401610ca2565b80613b505761012c613b53565b60015b61ffff16826080015163ffffffff161080613b7a575062093a80826080015163ffffffff16115b15613bc85760405163a8c278dd60e01b815260206004820152600e60248201527f6661696c6f76657257696e646f770000000000000000000000000000000000006044820152606401610ca2565b80613bd557610e10613bd8565b60015b61ffff168260a0015163ffffffff161080613bff5750621275008260a0015163ffffffff16115b15613c4d5760405163a8c278dd60e01b815260206004820152600f60248201527f6368616c6c656e676557696e646f7700000000000000000000000000000000006044820152606401610ca2565b80158015613c705750683635c9adc5dea000008260c001516001600160601b0316105b15613cbe5760405163a8c278dd60e01b815260206004820152601260248201527f636f6e74726f6c6c65724d696e5374616b6500000000000000000000000000006044820152606401610ca2565b8151600480546020850151604080870151606088015160808901516001600160a01b039097167fffffffffffffffffffff0000000000000000000000000000000000000000000090951694909417600160a01b61ffff94851602177fffffffff000000000000ffffffffffffffffffffffffffffffffffffffffffff16600160b01b93909116929092027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1691909117600160c01b63ffffffff93841602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b948316949094029390931790915560a08401516005805460c0870151929093167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316929092176401000000006001600160601b0390921691909102179055517fe5822424683047ea0fb1b89d696fb2617085f25de71cfe08ff6c44e44824d46790613e2e908490615e1d565b60405180910390a15050565b5f60f882901c6003811115610b7f57610b7f615955565b805f03613e5d57505050565b6001600160a01b0382165f908152600a602052604081208054839290613e84908490615cc3565b925050819055508060085f828254613e9c9190615b6f565b925050819055508060075f828254613eb49190615cc3565b90915550506040518181526001600160a01b0383169084907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a3505050565b5f828152600d6020526040902054801580613f215750613f1e8282615cc3565b42105b15613f2b57505050565b6040517fed5e8437000000000000000000000000000000000000000000000000000000008152600481018490525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ed5e8437906024016040805180830381865afa158015613fa8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613fcc9190615ea6565b5090506001600160a01b038116613fe35750505050565b6040517fec9b5b3a000000000000000000000000000000000000000000000000000000008152600481018590527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ec9b5b3a906024016020604051808303815f875af1158015614060573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114049190615dac565b6040517fd505accf000000000000000000000000000000000000000000000000000000008152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e4015f604051808303815f87803b158015614126575f5ffd5b505af1925050508015614137575060015b611404576040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815233600482015230602482015285907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063dd62ed3e90604401602060405180830381865afa1580156141be573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906141e29190615dac565b101561421a576040517fb78cb0dd00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611404565b805f0361423f57604051631f2a200560e01b815260040160405180910390fd5b335f908152600a60205260408120805483929061425d908490615cc3565b925050819055508060075f8282546142759190615cc3565b909155506142b090506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084614f07565b60405181815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c490602001610dac565b5f8036816142f36020860186615ed3565b9092509050805f819003614332576040517ebf199700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff81111561434c5761434c615bc1565b604051908082528060200260200182016040528015614375578160200160208202803683370190505b5090505f5b828110156143bc576143978585838181106129f8576129f8615cd6565b8282815181106143a9576143a9615cd6565b602090810291909101015260010161437a565b506143d36143cd6020890189615573565b82614a82565b94505f806143ed876143e860408c018c615f18565b61485e565b5090925090505f81600381111561440657614406615955565b1480156144b857506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016634e6211f461444a60208c018c615573565b6040516001600160e01b031960e084901b1681526001600160a01b0391821660048201529085166024820152604401602060405180830381865afa158015614494573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906144b89190615d8d565b9750505050505050915091565b5f8036816144d66020860186615ed3565b90925090505f6144e96020870187615573565b90505f5f5b8381101561454d575f5f6145198588888681811061450e5761450e615cd6565b905060600201614f56565b9092509050614528828a615cc3565b98506145348183615d76565b61453e9085615cc3565b935050508060010190506144ee565b50855f0361456357505f96879650945050505050565b61271061457182600a615d76565b61457b9190615f5b565b94506145bc8261458b8789615b6f565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016919061357f565b60408051878152602081018790526001600160a01b038416917ff98523616928d1bf6df4ca7f7ba5e65b317b55df50ccc1ab79c24f7dcdb8acd2910160405180910390a250505050915091565b815f03614614575050565b8160085f8282546146259190615b6f565b925050819055508060095f8282546135769190615cc3565b6001600160a01b0381165f9081527fd4b1ef424fcb83dce82b8e6790fbd9bbcd76978bd34427cec18daa7ab2167543602052604081205460ff168015610b7f57506005546040517f426233600000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301526401000000009092046001600160601b0316917f00000000000000000000000000000000000000000000000000000000000000001690634262336090602401602060405180830381865afa158015614711573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906147359190615dac565b101592915050565b5f818152600f602052604090205461476560036bffffffffffffffffffffffff198316610fcf565b5f838152600f60205260409020558254610e809085906001600160a01b03166001600160601b038416613e51565b6001810180546001600160a01b038082169092558254600160a01b9091046001600160601b031691610d2d9185911683613e51565b6147d0612bc7565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336137e6565b606061482e7f000000000000000000000000000000000000000000000000000000000000000061521d565b905090565b606061482e7f000000000000000000000000000000000000000000000000000000000000000061521d565b5f80806041849003614892578435602086013560408701355f1a6148848982858561525a565b95509550955050505061489c565b505f915060029050825b93509350939050565b8054600182015460408051858152600160a81b90930460ff1660208401526001600160a01b0390911690820152606090205f905f818152600f60205260408120549192506148f38242613851565b9050801561492981614906576002614909565b60035b6bffffffffffffffffffffffff1985166001600160601b03851617610fcf565b5f858152600f6020908152604080832093909355600d90522042905580614951576004614954565b60055b8554869060ff60a01b1916600160a01b83600681111561497657614976615955565b021790555084547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b4263ffffffff81169190910291909117865560405164ffffffffff9091168152339087907f3850e3ce552902af3f6eb58eded23784b46424569ee26900fb7c629aee9d6b1f9060200160405180910390a38015614a225760405186907f6edf0875f8a9ed26275e4e52f2355d96ea7fd96625d6992a9733be603136fa6e905f90a25b8454611f369087906001600160a01b03166112c5856001600160601b038816615b6f565b6040517f1ae85c1d99da4f94cfe580285888bc6b5210640ebf3504aaf4974643fcab652a8082525f916060846020830137608090209392505050565b5f6115ed7fac03d16f45906c87e70580ca145aaddac91f4daa5c74c80ce0c71f212ddbbece8484604051602001614ab99190615f6e565b60405160208183030381529060405280519060200120604051602001610c1a939291909283526001600160a01b03919091166020830152604082015260600190565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015614b5357507f000000000000000000000000000000000000000000000000000000000000000046145b15614b7d57507f000000000000000000000000000000000000000000000000000000000000000090565b61482e604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610ee2576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f5f614c9186868661485e565b5090925090505f816003811115614caa57614caa615955565b141580614d5d57506040517f4e6211f40000000000000000000000000000000000000000000000000000000081526001600160a01b03848116600483015283811660248301527f00000000000000000000000000000000000000000000000000000000000000001690634e6211f490604401602060405180830381865afa158015614d37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614d5b9190615d8d565b155b15611f36576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60f8826003811115614da957614da9615955565b901b60f060ff8616901b60d063ffffffff8816901b60c860ff8716901b60a064ffffffffff8b16901b606067ffffffffffffffff8d16901b6001600160601b038e161717171717179050979650505050505050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614e6d578383151615614e61573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f828152602081815260408083206001600160a01b038516845290915290205460ff166110f05760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ca2565b60015460ff16610ee2576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b614f15848484846001615322565b610e80576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610ca2565b5f80823581614f7f82602087013588604080519384526020840192909252908201526060902090565b5f818152600f6020526040812054919250614f9982613e3a565b905060408701356001826003811115614fb457614fb4615955565b03614fff575f614fca8460d01c63ffffffff1690565b614fd49042615b6f565b614fe18560f01c60ff1690565b614feb9190615d76565b905080821115614ff9578091505b506150a3565b600282600381111561501357615013615955565b03615085575f61502d8460601c67ffffffffffffffff1690565b60016150438660601c67ffffffffffffffff1690565b615056906001600160601b038816615cc3565b6150609190615b6f565b61506a9190615f5b565b61507b8560a01c64ffffffffff1690565b614feb9190615cc3565b6150948589602001358b6153a8565b5f965096505050505050615216565b5f6150b58460a01c64ffffffffff1690565b905080821161511257896001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f79960036040516150f99190615fa3565b60405180910390a35f5f97509750505050505050615216565b61511f8460c81c60ff1690565b96506151358460601c67ffffffffffffffff1690565b61513f8284615b6f565b6151499190615d76565b97506001600160601b03841680891115615161578098505b6151c161516e8a83615b6f565b60a085901b78ffffffffff0000000000000000000000000000000000000000166001600160601b039091167fffffffffffffff0000000000ffffffffffffffff0000000000000000000000008816171790565b5f878152600f60209081526040918290209290925580518581529182018b905288917fd03d12e1ad8364f3d22f8633800f95b3ded5f3a5b3e13f97e24222c75dd32739910160405180910390a2505050505050505b9250929050565b60605f615229836154a1565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561529357505f91506003905082615318565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156152e4573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661530f57505f925060019150829050615318565b92505f91508190505b9450945094915050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661539757838315161561538b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f838152600e6020526040812080548290600160a81b900460ff16851480156153e1575060018201546001600160a01b03858116911614155b156153ed57505f615454565b8154600160a81b900460ff16851480159061542a575060408051878152602080820188905281830187905260609091205f908152600f9091522054155b1561543657505f615454565b8154600160a81b900460ff16851461545057506002615454565b5060015b836001600160a01b0316867f8dedcb1fcf56d7155dff117a3813104e59260950a8438f00964febc07b06f7998360405161548e9190615fa3565b60405180910390a3505f95945050505050565b5f60ff8216601f811115610b7f576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f602082840312156154f1575f5ffd5b81356001600160e01b0319811681146115ed575f5ffd5b5f60c08284031215615518575f5ffd5b50919050565b5f60c0828403121561552e575f5ffd5b6115ed8383615508565b5f60208284031215615548575f5ffd5b5035919050565b6001600160a01b0381168114610e59575f5ffd5b803561556e8161554f565b919050565b5f60208284031215615583575f5ffd5b81356115ed8161554f565b5f5f83601f84011261559e575f5ffd5b50813567ffffffffffffffff8111156155b5575f5ffd5b602083019150836020828501011115615216575f5ffd5b5f5f5f60e084860312156155de575f5ffd5b6155e88585615508565b925060c084013567ffffffffffffffff811115615603575f5ffd5b61560f8682870161558e565b9497909650939450505050565b5f5f6040838503121561562d575f5ffd5b82359150602083013561563f8161554f565b809150509250929050565b5f5f5f6040848603121561565c575f5ffd5b83359250602084013567ffffffffffffffff811115615603575f5ffd5b5f60e082840312801561568a575f5ffd5b509092915050565b5f5f5f606084860312156156a4575f5ffd5b833592506020840135915060408401356156bd8161554f565b809150509250925092565b803560ff8116811461556e575f5ffd5b5f5f5f5f5f60a086880312156156ec575f5ffd5b8535945060208601359350615703604087016156c8565b94979396509394606081013594506080013592915050565b5f5f6020838503121561572c575f5ffd5b823567ffffffffffffffff811115615742575f5ffd5b8301601f81018513615752575f5ffd5b803567ffffffffffffffff811115615768575f5ffd5b8560208260051b840101111561577c575f5ffd5b6020919091019590945092505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6157f460e083018961578c565b8281036040840152615806818961578c565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561585b57835183526020938401939092019160010161583d565b50909b9a5050505050505050505050565b5f5f6040838503121561587d575f5ffd5b82356158888161554f565b946020939093013593505050565b5f5f5f5f5f5f60c087890312156158ab575f5ffd5b8635955060208701359450604087013593506158c9606088016156c8565b9598949750929560808101359460a0909101359350915050565b803561ffff8116811461556e575f5ffd5b5f5f5f5f5f5f60c08789031215615909575f5ffd5b8635955060208701359450615920604088016158e3565b935060608701359250608087013564ffffffffff81168114615940575f5ffd5b9598949750929591949360a090920135925050565b634e487b7160e01b5f52602160045260245ffd5b6007811061597957615979615955565b9052565b81516001600160a01b031681526101e0810160208301516159a960208401826001600160a01b03169052565b5060408301516159bc6040840182615969565b5060608301516159d1606084018260ff169052565b5060808301516159e7608084018261ffff169052565b5060a0830151615a0060a084018264ffffffffff169052565b5060c0830151615a1960c084018264ffffffffff169052565b5060e0830151615a3260e084018264ffffffffff169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516101c083015292915050565b5f5f5f60408486031215615a9f575f5ffd5b8335615aaa8161554f565b9250602084013567ffffffffffffffff811115615ac5575f5ffd5b8401601f81018613615ad5575f5ffd5b803567ffffffffffffffff811115615aeb575f5ffd5b866020606083028401011115615aff575f5ffd5b939660209190910195509293505050565b5f60208284031215615b20575f5ffd5b813567ffffffffffffffff811115615b36575f5ffd5b8201606081850312156115ed575f5ffd5b828152604081016115ed6020830184615969565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b7f57610b7f615b5b565b60ff8516815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52604160045260245ffd5b803563ffffffff8116811461556e575f5ffd5b6001600160601b0381168114610e59575f5ffd5b803561556e81615be8565b5f60e0828403128015615c18575f5ffd5b5060405160e0810167ffffffffffffffff81118282101715615c4857634e487b7160e01b5f52604160045260245ffd5b604052615c5483615563565b8152615c62602084016158e3565b6020820152615c73604084016158e3565b6040820152615c8460608401615bd5565b6060820152615c9560808401615bd5565b6080820152615ca660a08401615bd5565b60a0820152615cb760c08401615bfc565b60c08201529392505050565b80820180821115610b7f57610b7f615b5b565b634e487b7160e01b5f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112615d1c575f5ffd5b9190910192915050565b60ff8181168382160190811115610b7f57610b7f615b5b565b6001600160601b038181168382160190811115610b7f57610b7f615b5b565b5f60018201615d6f57615d6f615b5b565b5060010190565b8082028115828204841417610b7f57610b7f615b5b565b5f60208284031215615d9d575f5ffd5b815180151581146115ed575f5ffd5b5f60208284031215615dbc575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f61ffff831680615dea57615dea615dc3565b8061ffff84160491505092915050565b5f61ffff831680615e0d57615e0d615dc3565b8061ffff84160691505092915050565b5f60e0820190506001600160a01b03835116825261ffff602084015116602083015261ffff604084015116604083015263ffffffff606084015116606083015263ffffffff608084015116608083015260a0830151615e8460a084018263ffffffff169052565b5060c0830151615e9f60c08401826001600160601b03169052565b5092915050565b5f5f60408385031215615eb7575f5ffd5b8251615ec28161554f565b602084015190925061563f81615be8565b5f5f8335601e19843603018112615ee8575f5ffd5b83018035915067ffffffffffffffff821115615f02575f5ffd5b6020019150606081023603821315615216575f5ffd5b5f5f8335601e19843603018112615f2d575f5ffd5b83018035915067ffffffffffffffff821115615f47575f5ffd5b602001915036819003821315615216575f5ffd5b5f82615f6957615f69615dc3565b500490565b81515f90829060208501835b82811015615f98578151845260209384019390910190600101615f7a565b509195945050505050565b6020810160048310615fb757615fb7615955565b9190529056",
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

// PackClaimableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x513bed12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) PackClaimableOf(jobId *big.Int) []byte {
	enc, err := auctionEscrow.abi.Pack("claimableOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x513bed12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) TryPackClaimableOf(jobId *big.Int) ([]byte, error) {
	return auctionEscrow.abi.Pack("claimableOf", jobId)
}

// UnpackClaimableOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x513bed12.
//
// Solidity: function claimableOf(uint256 jobId) view returns(uint256)
func (auctionEscrow *AuctionEscrow) UnpackClaimableOf(data []byte) (*big.Int, error) {
	out, err := auctionEscrow.abi.Unpack("claimableOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32) terms)
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
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32) terms)
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
// Solidity: function jobTerms(uint256 jobId) view returns(address client, (uint16,uint16,uint32,uint32,uint32) terms)
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
