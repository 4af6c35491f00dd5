// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "./base/Test.sol";
import {GinToken} from "../src/GinToken.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @notice GinToken: ERC-20 metadata, the fixed supply minted once to its holder, the constructor's
/// guards, and EIP-2612 permits (valid, replayed, expired, wrongly signed, signed for another chain).
contract GinTokenTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    uint256 internal constant SUPPLY = 1_000_000_000 ether;
    uint256 internal constant OWNER_PK = 0xA11CE;
    uint256 internal constant OTHER_PK = 0xE7E;

    GinToken internal token;
    address internal holder = address(0x401D);
    address internal owner;
    address internal spender = address(0x5BE);

    function setUp() public {
        vm.warp(1_700_000_000);
        owner = vm.addr(OWNER_PK);
        token = new GinToken(holder, SUPPLY);
        vm.prank(holder);
        token.transfer(owner, 1000 ether);
    }

    // ------------------------------------------------------------ metadata and supply

    function test_metadata() public view {
        assertEq(token.name(), "Gintonic", "name");
        assertEq(token.symbol(), "GIN", "symbol");
        assertEq(token.decimals(), 18, "decimals");
    }

    function test_constructor_mintsWholeSupplyToHolder() public {
        GinToken fresh = new GinToken(holder, SUPPLY);
        assertEq(fresh.totalSupply(), SUPPLY, "total supply");
        assertEq(fresh.balanceOf(holder), SUPPLY, "holder balance");
        assertEq(fresh.balanceOf(address(this)), 0, "deployer gets nothing");
    }

    function test_constructor_acceptsMaxUint96Supply() public {
        GinToken fresh = new GinToken(holder, type(uint96).max);
        assertEq(fresh.totalSupply(), type(uint96).max, "total supply");
        assertEq(fresh.balanceOf(holder), type(uint96).max, "holder balance");
    }

    function test_constructor_revertsOnZeroHolder() public {
        vm.expectRevert(GinToken.ZeroHolder.selector);
        new GinToken(address(0), SUPPLY);
    }

    function test_constructor_revertsWhenSupplyExceedsUint96() public {
        uint256 supply = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(GinToken.SupplyTooLarge.selector, supply));
        new GinToken(holder, supply);
    }

    function testFuzz_constructor_supplyMustFitUint96(uint256 supply) public {
        if (supply > type(uint96).max) {
            vm.expectRevert(abi.encodeWithSelector(GinToken.SupplyTooLarge.selector, supply));
            new GinToken(holder, supply);
        } else {
            GinToken fresh = new GinToken(holder, supply);
            assertEq(fresh.totalSupply(), supply, "total supply");
            assertEq(fresh.balanceOf(holder), supply, "holder balance");
        }
    }

    function test_supplyIsFixed_transfersDoNotChangeIt() public {
        vm.prank(owner);
        token.transfer(spender, 10 ether);
        assertEq(token.totalSupply(), SUPPLY, "total supply");
        assertEq(token.balanceOf(spender), 10 ether, "recipient");
        assertEq(token.balanceOf(owner), 990 ether, "sender");
    }

    // ------------------------------------------------------------ EIP-2612 permit

    function test_domainSeparator_matchesEip712() public view {
        bytes32 expected = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Gintonic"), keccak256("1"), block.chainid, address(token))
        );
        assertEq(token.DOMAIN_SEPARATOR(), expected, "domain separator");
    }

    function test_permit_setsAllowanceAndBumpsNonce() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 100 ether, 0, deadline);

        token.permit(owner, spender, 100 ether, deadline, v, r, s);

        assertEq(token.allowance(owner, spender), 100 ether, "allowance");
        assertEq(token.nonces(owner), 1, "nonce");
    }

    function test_permit_allowanceCanBeSpent() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 100 ether, 0, deadline);
        token.permit(owner, spender, 100 ether, deadline, v, r, s);

        vm.prank(spender);
        token.transferFrom(owner, spender, 60 ether);

        assertEq(token.balanceOf(spender), 60 ether, "spender received");
        assertEq(token.allowance(owner, spender), 40 ether, "allowance left");
    }

    function test_permit_acceptedAtExactDeadline() public {
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 1 ether, 0, deadline);
        token.permit(owner, spender, 1 ether, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), 1 ether, "allowance");
    }

    function test_permit_revertsWhenReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 100 ether, 0, deadline);
        token.permit(owner, spender, 100 ether, deadline, v, r, s);

        // With the nonce consumed the same signature recovers to some unrelated address.
        address recovered = ecrecover(_permitDigest(owner, spender, 100 ether, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 100 ether, deadline, v, r, s);
    }

    function test_permit_revertsWhenExpired() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 100 ether, 0, deadline);
        vm.warp(deadline + 1);

        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, spender, 100 ether, deadline, v, r, s);
    }

    function test_permit_revertsForWrongSigner() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OTHER_PK, owner, spender, 100 ether, 0, deadline);

        vm.expectRevert(
            abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(OTHER_PK), owner)
        );
        token.permit(owner, spender, 100 ether, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), 0, "no allowance");
    }

    function test_permit_revertsWhenValueAltered() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 1 ether, 0, deadline);

        address recovered = ecrecover(_permitDigest(owner, spender, 1000 ether, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 1000 ether, deadline, v, r, s);
    }

    function test_permit_revertsOnAnotherChain() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(OWNER_PK, owner, spender, 100 ether, 0, deadline);

        vm.chainId(block.chainid + 1);
        address recovered = ecrecover(_permitDigest(owner, spender, 100 ether, 0, deadline), v, r, s);
        assertTrue(recovered != owner, "domain must change with the chain id");
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 100 ether, deadline, v, r, s);
    }

    // ------------------------------------------------------------ helpers

    function _permitDigest(address owner_, address spender_, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner_, spender_, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function _signPermit(
        uint256 pk,
        address owner_,
        address spender_,
        uint256 value,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        return vm.sign(pk, _permitDigest(owner_, spender_, value, nonce, deadline));
    }
}
